package io.newsflow.enrich.nlp.crf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * CoreNLP's 4-class CRF compiled into integers: the weights as flat float arrays, every value the model knows
 * (word, shape, class, n-gram) mapped to the ids of its features, and the joint features in a
 * {@link JointFeatureIndex}. It holds no CoreNLP object but the model's own word function; it is immutable
 * and shared by every thread. {@link ModelReader} builds it; {@link #features} works out one word's features
 * for the {@link WordFeatureCache}.
 *
 * <p>What it holds: the weights of 100,341 token features (5 labels, 2.0 MB) and 42,943 pair features (25
 * label pairs, 4.3 MB); maps from 16,032 words, 2,544 shapes, 507 classes and 45,581 n-grams to their feature
 * ids; 55,672 joint keys; the 9,922 known lower-case words; and the distributional-similarity lexicon
 * (533,629 words, {@link DistSimLexicon}). A NerTagger with this engine holds about 50 MB of heap, one with
 * CoreNLP's classifier 90 MB.
 */
final class CrfModel {
    private static final int[] NONE = {};
    /** NERFeatureFactory's {@code titlePattern}, tested on the rewritten word. */
    private static final Pattern TITLE = Pattern.compile("(?:Mr|Ms|Mrs|Dr|Miss|Sen|Judge|Sir)\\.?");

    final String[] labels;
    final int background;
    final float[] nodeWeights;
    final float[] edgeWeights;
    final boolean[] allowedPairs;
    final int[] constants;
    final JointFeatureIndex joints;
    /** The padding CoreNLP puts before and after a sentence: an empty word with no shape and no class. */
    final WordFeatures pad;
    final int nodeFeatureCount;
    final int edgeFeatureCount;
    /** CoreNLP's index of each token-clique and pair-clique feature, for the proof of equality. */
    final int[] nodeOriginalIds;
    final int[] edgeOriginalIds;

    private final Map<String, int[]> words;
    private final Map<String, int[]> shapes;
    private final Map<String, int[]> classes;
    private final Map<String, Integer> ngrams;
    private final Function<String, String> wordFunction;
    private final Set<String> knownLowerCaseWords;
    private final DistSimLexicon lexicon;
    private final String unknownClass;

    /** Built by {@link ModelReader}; see the fields for what each argument is. */
    CrfModel(String[] labels, int background, float[] nodeWeights, float[] edgeWeights, boolean[] allowedPairs,
            int[] constants, JointFeatureIndex joints, Map<String, int[]> words, Map<String, int[]> shapes,
            Map<String, int[]> classes, Map<String, Integer> ngrams, Function<String, String> wordFunction,
            Set<String> knownLowerCaseWords, DistSimLexicon lexicon, String unknownClass,
            int[] nodeOriginalIds, int[] edgeOriginalIds) {
        this.labels = labels;
        this.background = background;
        this.nodeWeights = nodeWeights;
        this.edgeWeights = edgeWeights;
        this.allowedPairs = allowedPairs;
        this.constants = constants;
        this.joints = joints;
        this.words = words;
        this.shapes = shapes;
        this.classes = classes;
        this.ngrams = ngrams;
        this.wordFunction = wordFunction;
        this.knownLowerCaseWords = knownLowerCaseWords;
        this.lexicon = lexicon;
        this.unknownClass = unknownClass;
        this.nodeOriginalIds = nodeOriginalIds;
        this.edgeOriginalIds = edgeOriginalIds;
        this.nodeFeatureCount = nodeOriginalIds.length;
        this.edgeFeatureCount = edgeOriginalIds.length;
        this.pad = padding();
    }

    int labelCount() {
        return labels.length;
    }

    /** The feature id of a template that takes no value, or -1 when the model does not have it. */
    int constant(Template template) {
        return constants[template.ordinal()];
    }

    /**
     * One word's features, as CoreNLP derives them from a token whose text is {@code text}: the model's
     * word function first (AmericanizeFunction: "colour" becomes "color"), then the shape and class of
     * that form. The shape uses the model's known lower-case words as they were when it was saved.
     */
    WordFeatures features(String text) {
        String form = wordFunction == null ? text : wordFunction.apply(text);
        String shape = WordShape.of(form, knownLowerCaseWords);
        String distSim = lexicon.clusterOf(digitsAsNine(form.toLowerCase(Locale.getDefault())));
        if (distSim == null) {
            distSim = unknownClass;
        }
        int[] w = words.get(form);
        int[] s = shapes.get(shape);
        int[] d = classes.get(distSim);

        int[] current = new int[5 + 2 * form.length() + 2];
        int n = 0;
        n = add(current, n, single(w, Template.WORD));
        n = addNgrams(current, n, '<' + form + '>');
        n = add(current, n, single(d, Template.DISTSIM));
        n = add(current, n, single(s, Template.TYPE));
        if (TITLE.matcher(form).matches()) {
            n = add(current, n, constant(Template.IS_TITLE));
        }
        int[] own = Arrays.copyOf(current, n);
        int[] previous = ids(single(w, Template.PW), single(d, Template.PDISTSIM), single(s, Template.PTYPE));
        int[] next = ids(single(w, Template.NW), single(d, Template.NDISTSIM), single(s, Template.NTYPE));
        return new WordFeatures(form, id(w), id(s), id(d), own, previous, next,
                single(w, Template.DISJN), single(w, Template.DISJP),
                ids(single(w, Template.PSEQW), single(d, Template.PSEQ_CDS), single(s, Template.PSEQ_CS),
                        single(s, Template.TPS2)),
                ids(single(w, Template.PSEQ_PW), single(d, Template.PSEQ_PDS), single(s, Template.PSEQ_PS)),
                ids(single(s, Template.TNS1)), nodeScores(own, previous, next),
                isNameCase(form), !hasUpperCase(form) && hasLetter(form), hasLetter(form), form.length() <= 3);
    }

    /** The weights of each role's token-clique features added up per label, in double as CoreNLP adds them. */
    private double[] nodeScores(int[]... roles) {
        int labels = labelCount();
        double[] scores = new double[roles.length * labels];
        for (int role = 0; role < roles.length; role++) {
            for (int feature : roles[role]) {
                for (int y = 0; y < labels; y++) {
                    scores[role * labels + y] += nodeWeights[feature * labels + y];
                }
            }
        }
        return scores;
    }

    /**
     * CoreNLP's padding token has no text, shape or class annotation. Most templates read it through
     * {@code getString} and see "", but three read the annotation itself and append a null: its class is
     * "null" before and after the token labelled, and its shape is "null" after a pair.
     */
    private WordFeatures padding() {
        int[] w = words.get("");
        int[] s = shapes.get("");
        int[] d = classes.get("");
        int[] nullShape = shapes.get("null");
        int[] nullClass = classes.get("null");
        int[] previous = ids(single(w, Template.PW), single(nullClass, Template.PDISTSIM), single(s, Template.PTYPE));
        int[] next = ids(single(w, Template.NW), single(nullClass, Template.NDISTSIM), single(s, Template.NTYPE));
        return new WordFeatures("", id(w), id(s), id(d), NONE, previous, next,
                single(w, Template.DISJN), single(w, Template.DISJP), NONE,
                ids(single(w, Template.PSEQ_PW), single(d, Template.PSEQ_PDS), single(s, Template.PSEQ_PS)),
                ids(single(nullShape, Template.TNS1)), nodeScores(NONE, previous, next),
                false, false, false, true);
    }

    /**
     * NERFeatureFactory's n-grams with {@code noMidNGrams}: every prefix and every suffix of "<word>" of two
     * chars or more. The whole "<word>" is both; the model's feature set counts it once, and so do we.
     */
    private int addNgrams(int[] into, int n, String bracketed) {
        int start = n;
        int length = bracketed.length();
        for (int end = 2; end <= length; end++) {
            n = addOnce(into, start, n, ngram(bracketed.substring(0, end)));
        }
        for (int begin = 0; begin < length - 1; begin++) {
            n = addOnce(into, start, n, ngram(bracketed.substring(begin)));
        }
        return n;
    }

    private int ngram(String value) {
        Integer id = ngrams.get(value);
        return id == null ? -1 : id;
    }

    /** Writes {@code feature} at {@code into[n]} unless it is negative (absent) or already in {@code into[from..n)}. */
    static int addOnce(int[] into, int from, int n, int feature) {
        if (feature < 0) {
            return n;
        }
        for (int i = from; i < n; i++) {
            if (into[i] == feature) {
                return n;
            }
        }
        into[n] = feature;
        return n + 1;
    }

    /** Writes {@code feature} at {@code into[n]} unless it is negative (absent); returns the new count. */
    static int add(int[] into, int n, int feature) {
        if (feature < 0) {
            return n;
        }
        into[n] = feature;
        return n + 1;
    }

    private static int[] ids(int... features) {
        int n = 0;
        for (int feature : features) {
            if (feature >= 0) {
                n++;
            }
        }
        if (n == features.length) {
            return features;
        }
        int[] present = new int[n];
        n = 0;
        for (int feature : features) {
            if (feature >= 0) {
                present[n++] = feature;
            }
        }
        return present;
    }

    private static int single(int[] value, Template template) {
        return value == null ? -1 : value[template.position];
    }

    private static int id(int[] value) {
        return value == null ? -1 : value[0];
    }

    /** WordShapeClassifier's WORDSHAPEDIGITS, with which the lexicon was keyed: every digit becomes '9'. */
    static String digitsAsNine(String word) {
        char[] chars = null;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                if (chars == null) {
                    chars = word.toCharArray();
                }
                chars[i] = '9';
            }
        }
        return chars == null ? word : new String(chars);
    }

    /** A capital (or title-case letter) then no capital, at least two chars. */
    static boolean isNameCase(String word) {
        if (word.length() < 2) {
            return false;
        }
        char first = word.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isTitleCase(first))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The known lower-case words of the model, as saved, for the tests. */
    Set<String> knownLowerCaseWords() {
        return knownLowerCaseWords;
    }

    /** The values of the model's vocabularies, for the tests: how many words, shapes, classes, n-grams. */
    List<Integer> vocabularySizes() {
        return List.of(words.size(), shapes.size(), classes.size(), ngrams.size());
    }
}
