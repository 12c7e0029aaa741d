package io.newsflow.enrich.nlp.crf;

import edu.stanford.nlp.ling.HasWord;
import java.util.Arrays;
import java.util.List;

/**
 * newsflow's own inference for CoreNLP's 4-class CRF: the labels {@code CRFClassifier.classifySentence} gives
 * the same tokens, at a fraction of the cost. CoreNLP builds every feature of every token as a string, hashes
 * it and looks it up in a map; here a word's own features are worked out once ({@link WordFeatureCache}),
 * and a token's features are the cached ids of itself and its neighbours plus the joint features found by
 * integer keys ({@link JointFeatureIndex}); their weights are added into the token and pair scores, and
 * {@link Viterbi} finds the best sequence.
 *
 * <p>The templates are those of NERFeatureFactory with the model's flags: for the token (clique C) its word,
 * n-grams, class, shape and title; the previous and next word, class and shape; previous word with current
 * shape, current shape with next word, the shape pairs and the shape triple; the word two back (or ahead)
 * with the current shape when the word between is at most three chars; the disjunction of the four words on
 * each side; whether a name-case word occurs again 3-149 tokens away; the class feature. For the pair (clique
 * CpC): both words, the pair of words, both classes and their pair, both shapes and their pair, the next shape.
 * Before the first token and after the last stands CoreNLP's padding: an empty word with no shape or class.
 *
 * <p>Thread-safe: the model is immutable and the cache concurrent.
 */
public final class CrfLabeler {
    /** Occurrence features look this far (exclusive) and no nearer than {@link #OCCURRENCE_FROM}. */
    private static final int OCCURRENCE_TO = 150;
    private static final int OCCURRENCE_FROM = 3;
    private static final int DISJUNCTION = 4;
    /**
     * Token-clique features beyond the words' own: the class feature, seven joint, two occurrence and eight
     * disjunctive features (18); with the previous and next words' three each, 24. The pair clique has twelve.
     */
    static final int MAX_CONTEXT_FEATURES = 24;

    private final CrfModel model;
    private final WordFeatureCache cache;
    private final int labels;

    /** Reads the model at {@code modelPath} (class path, file or URL) and caches up to {@code wordCache} words. */
    public static CrfLabeler load(String modelPath, int wordCache) {
        return new CrfLabeler(ModelReader.read(modelPath), wordCache);
    }

    CrfLabeler(CrfModel model, int wordCache) {
        this.model = model;
        this.cache = new WordFeatureCache(wordCache, model::features);
        this.labels = model.labelCount();
    }

    /** The label of each token ("O", "PERSON", ...), as CoreNLP's classifySentence gives them for these tokens. */
    public String[] labels(List<? extends HasWord> tokens) {
        String[] result = new String[tokens.size()];
        if (result.length == 0) {
            return result;
        }
        WordFeatures[] words = new WordFeatures[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = cache.get(tokens.get(i).word());
        }
        int[] best = bestLabels(words);
        for (int i = 0; i < best.length; i++) {
            result[i] = model.labels[best[i]];
        }
        return result;
    }

    int[] bestLabels(WordFeatures[] words) {
        return Viterbi.best(pairScores(words), words.length, labels, model.background);
    }

    /** Words cached, and lookups answered from the cache and worked out, for logs and benchmarks. */
    public long[] wordCacheSizeHitsAndMisses() {
        return new long[] {cache.size(), cache.hits(), cache.misses()};
    }

    /** For every token, previous label and label: the token's score plus the pair's score. */
    private double[] pairScores(WordFeatures[] words) {
        int n = words.length;
        int cells = labels * labels;
        double[] scores = new double[n * cells];
        double[] node = new double[labels];
        int[] features = new int[MAX_CONTEXT_FEATURES];
        float[] nodeWeights = model.nodeWeights;
        float[] edgeWeights = model.edgeWeights;
        for (int i = 0; i < n; i++) {
            // The token's own features, and those it has from its neighbours' words, come added up per word.
            double[] own = words[i].nodeScores();
            double[] before = at(words, i - 1).nodeScores();
            double[] after = at(words, i + 1).nodeScores();
            for (int y = 0; y < labels; y++) {
                node[y] = own[y] + before[labels + y] + after[2 * labels + y];
            }
            int count = contextFeatures(words, i, features, 0);
            for (int f = 0; f < count; f++) {
                int base = features[f] * labels;
                for (int y = 0; y < labels; y++) {
                    node[y] += nodeWeights[base + y];
                }
            }
            int offset = i * cells;
            count = edgeFeatures(words, i, features);
            for (int f = 0; f < count; f++) {
                int base = features[f] * cells;
                for (int cell = 0; cell < cells; cell++) {
                    scores[offset + cell] += edgeWeights[base + cell];
                }
            }
            for (int p = 0; p < labels; p++) {
                for (int c = 0; c < labels; c++) {
                    int cell = p * labels + c;
                    scores[offset + cell] = model.allowedPairs[cell]
                            ? scores[offset + cell] + node[c] : Double.NEGATIVE_INFINITY;
                }
            }
        }
        return scores;
    }

    private WordFeatures at(WordFeatures[] words, int i) {
        return i < 0 || i >= words.length ? model.pad : words[i];
    }

    /**
     * The ids of all the token-clique features of token {@code i}, each once, into {@code out}, which has room for
     * the token's own features and {@link #MAX_CONTEXT_FEATURES} more. Labelling adds most of them up per word
     * ({@link WordFeatures#nodeScores()}); the proof of equality compares this list with CoreNLP's.
     */
    int nodeFeatures(WordFeatures[] words, int i, int[] out) {
        int count = 0;
        for (int feature : words[i].current()) {
            out[count++] = feature;
        }
        for (int feature : at(words, i - 1).previous()) {
            out[count++] = feature;
        }
        for (int feature : at(words, i + 1).next()) {
            out[count++] = feature;
        }
        return contextFeatures(words, i, out, count);
    }

    /**
     * The token-clique features of token {@code i} that no single word's features hold: the class feature, the
     * joint features, the occurrence and the disjunctive features; written into {@code out} from {@code count}.
     */
    private int contextFeatures(WordFeatures[] words, int i, int[] out, int count) {
        WordFeatures c = words[i];
        WordFeatures p = at(words, i - 1);
        WordFeatures n = at(words, i + 1);
        count = CrfModel.add(out, count, model.constant(Template.CLASS));
        JointFeatureIndex joints = model.joints;
        count = CrfModel.add(out, count, joints.get(Template.PW_CTYPE, p.word(), c.shape(), 0));
        count = CrfModel.add(out, count, joints.get(Template.NW_CTYPE, c.shape(), n.word(), 0));
        count = CrfModel.add(out, count, joints.get(Template.PCTYPE, p.shape(), c.shape(), 0));
        count = CrfModel.add(out, count, joints.get(Template.CNTYPE, c.shape(), n.shape(), 0));
        count = CrfModel.add(out, count, joints.get(Template.PCNTYPE, p.shape(), c.shape(), n.shape()));
        if (p.shortWord()) {
            count = CrfModel.add(out, count, joints.get(Template.PPW_CTYPE, at(words, i - 2).word(), c.shape(), 0));
        }
        if (n.shortWord()) {
            count = CrfModel.add(out, count, joints.get(Template.NNW_CTYPE, at(words, i + 2).word(), c.shape(), 0));
        }
        count = occurrences(words, i, out, count);
        // The same word twice in the window is one feature: CoreNLP collects features in a set.
        int nextFrom = count;
        for (int d = 1; d <= DISJUNCTION; d++) {
            count = CrfModel.addOnce(out, nextFrom, count, at(words, i + d).disjunctNext());
        }
        int previousFrom = count;
        for (int d = 1; d <= DISJUNCTION; d++) {
            count = CrfModel.addOnce(out, previousFrom, count, at(words, i - d).disjunctPrevious());
        }
        return count;
    }

    /**
     * NERFeatureFactory's occurrence patterns without part-of-speech tags: a name-case word between a word
     * with a letter and a lower-case word is marked when the same word recurs 3-149 tokens after it, or
     * before it; any other token gets the feature that says there is no pattern.
     */
    private int occurrences(WordFeatures[] words, int i, int[] out, int count) {
        WordFeatures c = words[i];
        if (i == 0 || !c.nameCase() || !at(words, i + 1).lowerCaseWord() || !words[i - 1].hasLetter()) {
            return CrfModel.add(out, count, model.constant(Template.NO_OCCURRENCE));
        }
        String form = c.form();
        int last = Math.min(words.length - 1, i + OCCURRENCE_TO - 1);
        for (int j = i + OCCURRENCE_FROM; j <= last; j++) {
            if (words[j] == c || words[j].form().equals(form)) {
                count = CrfModel.add(out, count, model.constant(Template.NEXT_OCCURRENCE));
                break;
            }
        }
        int first = Math.max(0, i - OCCURRENCE_TO + 1);
        for (int j = i - OCCURRENCE_FROM; j >= first; j--) {
            if (words[j] == c || words[j].form().equals(form)) {
                count = CrfModel.add(out, count, model.constant(Template.PREV_OCCURRENCE));
                break;
            }
        }
        return count;
    }

    /** The ids of the pair-clique features of token {@code i} and the one before it. */
    int edgeFeatures(WordFeatures[] words, int i, int[] out) {
        WordFeatures c = words[i];
        WordFeatures p = at(words, i - 1);
        WordFeatures n = at(words, i + 1);
        int count = CrfModel.add(out, 0, model.constant(Template.PSEQ));
        for (int feature : c.currentEdge()) {
            out[count++] = feature;
        }
        for (int feature : p.previousEdge()) {
            out[count++] = feature;
        }
        for (int feature : n.nextEdge()) {
            out[count++] = feature;
        }
        JointFeatureIndex joints = model.joints;
        count = CrfModel.add(out, count, joints.get(Template.PSEQW2, p.word(), c.word(), 0));
        count = CrfModel.add(out, count, joints.get(Template.PSEQ_PCDS, p.distSim(), c.distSim(), 0));
        count = CrfModel.add(out, count, joints.get(Template.TYPES, p.shape(), c.shape(), 0));
        return count;
    }
}
