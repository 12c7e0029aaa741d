package io.newsflow.enrich.nlp.crf;

/**
 * The feature templates the 4-class model was trained with, each named by the end CoreNLP's
 * {@code NERFeatureFactory} gives its feature strings ({@code "Putin-WORD|C"}, {@code "WT-Xx...said-NW_CTYPE|C"}).
 * Reading the model means sorting its 143,284 feature strings into these templates and keeping, for each,
 * the values it was trained on; labelling means finding a token's values in them by integer.
 *
 * <p>{@code |C} features belong to the token alone (clique C, one weight per label); {@code |CpC} features
 * to the token and its predecessor (clique CpC, one weight per label pair). The slot says which attribute of
 * which token fills the variable part: the {@code p}revious, {@code c}urrent or {@code n}ext token's word (as
 * the model's word function rewrote it), its word shape or its distributional-similarity class.
 */
enum Template {
    // One value, the token's word.
    WORD("-WORD|C", Kind.WORD),
    PW("-PW|C", Kind.WORD),
    NW("-NW|C", Kind.WORD),
    DISJN("-DISJN|C", Kind.WORD),
    DISJP("-DISJP|C", Kind.WORD),
    PSEQW("-PSEQW|CpC", Kind.WORD),
    PSEQ_PW("-PSEQpW|CpC", Kind.WORD),
    // One value, a shape.
    TYPE("-TYPE|C", Kind.SHAPE),
    PTYPE("-PTYPE|C", Kind.SHAPE),
    NTYPE("-NTYPE|C", Kind.SHAPE),
    PSEQ_CS("-PSEQcS|CpC", Kind.SHAPE),
    PSEQ_PS("-PSEQpS|CpC", Kind.SHAPE),
    TPS2("-TPS2|CpC", Kind.SHAPE),
    TNS1("-TNS1|CpC", Kind.SHAPE),
    // One value, a distributional-similarity class.
    DISTSIM("-DISTSIM|C", Kind.DISTSIM),
    PDISTSIM("-PDISTSIM|C", Kind.DISTSIM),
    NDISTSIM("-NDISTSIM|C", Kind.DISTSIM),
    PSEQ_CDS("-PSEQcDS|CpC", Kind.DISTSIM),
    PSEQ_PDS("-PSEQpDS|CpC", Kind.DISTSIM),
    // Two or three values joined by a separator.
    PW_CTYPE("-PW_CTYPE|C", "...", Kind.WORD, Kind.SHAPE),
    NW_CTYPE("-NW_CTYPE|C", "...", Kind.SHAPE, Kind.WORD),
    PCTYPE("-PCTYPE|C", "...", Kind.SHAPE, Kind.SHAPE),
    CNTYPE("-CNTYPE|C", "...", Kind.SHAPE, Kind.SHAPE),
    PCNTYPE("-PCNTYPE|C", "...", Kind.SHAPE, Kind.SHAPE, Kind.SHAPE),
    PPW_CTYPE("-PPW_CTYPE|C", "...", Kind.WORD, Kind.SHAPE),
    NNW_CTYPE("-NNW_CTYPE|C", "...", Kind.WORD, Kind.SHAPE),
    PSEQW2("-PSEQW2|CpC", "-", Kind.WORD, Kind.WORD),
    PSEQ_PCDS("-PSEQpcDS|CpC", "-", Kind.DISTSIM, Kind.DISTSIM),
    TYPES("-TYPES|CpC", "-", Kind.SHAPE, Kind.SHAPE),
    // No value: the feature is on or off.
    CLASS("###|C", Kind.NONE),
    IS_TITLE("IS_TITLE|C", Kind.NONE),
    NO_OCCURRENCE("NO-OCCURRENCE-PATTERN|C", Kind.NONE),
    NEXT_OCCURRENCE("X-NEXT-OCCURRENCE-X|C", Kind.NONE),
    PREV_OCCURRENCE("X-PREV-OCCURRENCE-X|C", Kind.NONE),
    PSEQ("PSEQ|CpC", Kind.NONE),
    // The character n-grams of "<word>", written "#<wo#|C": recognised by shape, not by suffix.
    NGRAM("#|C", Kind.NGRAM);

    /** What fills a template's variable part. */
    enum Kind { WORD, SHAPE, DISTSIM, NGRAM, NONE }

    /** Single-value templates per kind, in declaration order: {@link #position} indexes them. */
    static final int[] SINGLES_PER_KIND = new int[Kind.values().length];

    static {
        for (Template template : values()) {
            if (!template.joint() && !template.constant() && template != NGRAM) {
                template.position = 1 + SINGLES_PER_KIND[template.slots[0].ordinal()]++;
            }
        }
    }

    final String suffix;
    final String separator;
    final Kind[] slots;
    /**
     * Where a single-value template keeps its feature id in the array a value maps to (see
     * {@link CrfModel}): slot 0 of that array is the value's own id, for the joint templates.
     */
    int position;

    Template(String suffix, Kind kind) {
        this.suffix = suffix;
        this.separator = null;
        this.slots = new Kind[] {kind};
    }

    Template(String suffix, String separator, Kind... slots) {
        this.suffix = suffix;
        this.separator = separator;
        this.slots = slots;
    }

    /** True for the templates of the token-pair clique (CpC): 25 weights, one per label pair. */
    boolean edge() {
        return suffix.endsWith("|CpC");
    }

    boolean constant() {
        return slots[0] == Kind.NONE;
    }

    boolean joint() {
        return separator != null;
    }

    /**
     * The template a feature string of the model belongs to, or null for none. No suffix ends another
     * (each is preceded by a character the others do not have there), so a string belongs to one template
     * at most; a string that two templates claimed would make the model unreadable, and says so.
     */
    static Template of(String feature) {
        Template found = null;
        for (Template template : values()) {
            if (template.matches(feature)) {
                if (found != null) {
                    throw new IllegalStateException("The feature " + feature + " fits both " + found + " and " + template);
                }
                found = template;
            }
        }
        return found;
    }

    private boolean matches(String feature) {
        if (constant()) {
            return feature.equals(suffix);
        }
        if (this == NGRAM) {
            // "#" + substring + "#" + "|C", the substring at least two characters long.
            return feature.length() >= 6 && feature.charAt(0) == '#' && feature.endsWith("#|C");
        }
        return feature.endsWith(suffix);
    }

    /** The variable part of a feature string of this template. */
    String value(String feature) {
        if (this == NGRAM) {
            return feature.substring(1, feature.length() - 3);
        }
        return feature.substring(0, feature.length() - suffix.length());
    }
}
