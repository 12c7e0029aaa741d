package io.newsflow.enrich.story;

import io.newsflow.config.Settings;

/**
 * How story identity is measured and judged. The first three fields and the sketch sizes shape the
 * fingerprint itself: fingerprints made under different values are not comparable (the rule calls them
 * different stories), so they are fixed in code. The thresholds may change at any time and come from
 * {@link Settings} ({@link #from(Settings)}); their defaults were calibrated on the labelled pair set in
 * {@code enrich/src/test/resources/story-pairs} (see its README and {@code newsflow eval stories}).
 *
 * @param shingleWords words per shingle
 * @param hashes MinHash values per fingerprint (the Jaccard estimate's standard error is
 *     sqrt(J(1-J)/hashes): 0.046 at J = 0.5 with 120)
 * @param bands LSH bands; {@code hashes} must be a multiple of it. A pair of Jaccard similarity J shares a
 *     bucket with probability 1 - (1 - J^r)^b for b bands of r = hashes/bands rows
 * @param minShingles a body with fewer shingles is short (a one-line brief, a headline flash): it is the
 *     same story only as an identical copy after normalisation, never as a near copy
 *     ({@code enrich.story.min.shingles})
 * @param minJaccard below this estimated Jaccard similarity two bodies are never the same story, however
 *     much of the shorter the longer contains: a brief inside a digest of briefs is not a copy of it (a brief
 *     is about a tenth of a digest of ten; the estimate's noise makes that a sure "no" from about twelve on)
 *     ({@code enrich.story.min.jaccard})
 * @param minContainment the estimated share of the shorter body's shingles found in the longer at or
 *     above which two bodies can be the same story: rewrites, truncations, added paragraphs
 *     ({@code enrich.story.min.containment})
 * @param minChangedText when both versions have at least this share of text the other lacks and each has
 *     a name or number the other lacks, the facts were replaced, not added or cut: an update or another
 *     story from the same template ({@code enrich.story.min.changed.text})
 * @param ledeWords the first words of the normalised body that make the lede key, under which truncated
 *     copies and summaries meet the full story whatever their Jaccard similarity
 * @param maxNames names (capitalised words not opening a sentence) kept in the fingerprint: the smallest
 *     hashes of all, so two sketches compare exactly on their common range
 * @param maxNumbers numbers kept in the fingerprint, as for names
 */
public record StoryPolicy(int shingleWords, int hashes, int bands, int minShingles, double minJaccard,
        double minContainment, double minChangedText, int ledeWords, int maxNames, int maxNumbers) {

    private static final int SHINGLE_WORDS = 3;
    private static final int HASHES = 120;
    private static final int BANDS = 40;
    private static final int LEDE_WORDS = 20;
    private static final int MAX_NAMES = 64;
    private static final int MAX_NUMBERS = 48;
    private static final int MIN_SHINGLES = 25;
    private static final double MIN_JACCARD = 0.15;
    private static final double MIN_CONTAINMENT = 0.65;
    private static final double MIN_CHANGED_TEXT = 0.15;

    public StoryPolicy {
        if (hashes <= 0 || bands <= 0 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a positive multiple of bands (" + bands + ")");
        }
        if (hashes > 0xFFFF || shingleWords < 1 || ledeWords < 1 || maxNames < 0 || maxNames > 255
                || maxNumbers < 0 || maxNumbers > 255) {
            throw new IllegalArgumentException("shingle words and lede words must be positive, hashes at most 65535,"
                    + " names and numbers kept between 0 and 255");
        }
    }

    /** The first API's shape, kept for callers that build a policy by hand: the new fields take their defaults. */
    public StoryPolicy(int shingleWords, int hashes, int bands, int minShingles, double minJaccard, double minContainment) {
        this(shingleWords, hashes, bands, minShingles, minJaccard, minContainment, MIN_CHANGED_TEXT, LEDE_WORDS,
                MAX_NAMES, MAX_NUMBERS);
    }

    public static StoryPolicy defaults() {
        return new StoryPolicy(SHINGLE_WORDS, HASHES, BANDS, MIN_SHINGLES, MIN_JACCARD, MIN_CONTAINMENT,
                MIN_CHANGED_TEXT, LEDE_WORDS, MAX_NAMES, MAX_NUMBERS);
    }

    /** The defaults with the thresholds of {@code enrich.story.*} from {@code settings}. */
    public static StoryPolicy from(Settings settings) {
        return new StoryPolicy(SHINGLE_WORDS, HASHES, BANDS,
                settings.intValue("enrich.story.min.shingles", MIN_SHINGLES, 1, 10_000),
                settings.doubleValue("enrich.story.min.jaccard", MIN_JACCARD, 0, 1),
                settings.doubleValue("enrich.story.min.containment", MIN_CONTAINMENT, 0, 1),
                settings.doubleValue("enrich.story.min.changed.text", MIN_CHANGED_TEXT, 0, 1),
                LEDE_WORDS, MAX_NAMES, MAX_NUMBERS);
    }

    public int rowsPerBand() {
        return hashes / bands;
    }
}
