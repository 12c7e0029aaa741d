package io.newsflow.enrich.nlp.crf;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.process.AmericanizeFunction;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a serialised CoreNLP CRF ({@code *.crf.ser.gz}) and compiles it into a {@link CrfModel}.
 *
 * <p>It reads the stream itself, in the order {@code CRFClassifier.serializeClassifier} writes it (label
 * indices, class index, feature index, flags, feature factories, window, weights, known lower-case words),
 * rather than asking {@code CRFClassifier.getClassifier} for a classifier: the fields it needs are not public
 * on the classifier, and the stream is plain Java serialisation of public types. One field is private even
 * there: the distributional-similarity lexicon of the serialised {@code NERFeatureFactory}, read by
 * reflection. Every CoreNLP object read becomes garbage once the model is compiled; the lexicon is packed into
 * a {@link DistSimLexicon}.
 *
 * <p>The engine implements the feature templates of one model, {@code english.conll.4class.distsim}; its
 * flags are checked first, and a model with any other feature flag is refused with the flag's name rather
 * than labelled differently from CoreNLP. So is a model whose known lower-case words may grow while it
 * labels ({@code maxAdditionalKnownLCWords > 0}): CoreNLP's labels would then depend on what it had read
 * before.
 */
final class ModelReader {
    /** Flags that select the templates this engine computes: the model must set every one. */
    private static final Set<String> REQUIRED = Set.of("useWord", "useNGrams", "noMidNGrams", "usePrev", "useNext",
            "useSequences", "usePrevSequences", "useLongSequences", "useTypeSeqs", "useTypeSeqs2", "useTypeySequences",
            "useDisjunctive", "useClassFeature", "useLastRealWord", "useNextRealWord", "useOccurrencePatterns",
            "useDistSim", "useTitle", "numberEquivalenceDistSim", "useInternal", "useExternal");

    /** Flags that may be set because they only matter to training or to other classifiers. */
    private static final Set<String> IRRELEVANT = Set.of("useViterbi", "useQN", "splitDocuments", "initViterbi",
            "keepOBInMemory", "restrictLabels", "useOutputLayer", "useHiddenLayer", "useMemoryEvaluator", "useDenero",
            "includeC2EViterbi", "initWithPosterior", "applyNERPenalty", "averagePerceptron", "useCWSFeatures",
            "separateASCIIandRange", "learnCHBasedOnEN", "useKnownLCWords", "biAlignmentPriorIsPMI", "normalize",
            "useObservedSequencesOnly", "saveFeatureIndexToDisk", "useMoreNeighborNGrams", "useMoreTags");

    private ModelReader() {
    }

    /** Reads the model at {@code path}: a class path resource, a file or a URL, gzipped or not. */
    static CrfModel read(String path) {
        try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(path);
                ObjectInputStream objects = new ObjectInputStream(new BufferedInputStream(in, 1 << 16))) {
            return read(objects);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the CRF model " + path + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static CrfModel read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        List<Index<CRFLabel>> labelIndices = (List<Index<CRFLabel>>) in.readObject();
        Index<String> classIndex = (Index<String>) in.readObject();
        Index<String> featureIndex = (Index<String>) in.readObject();
        SeqClassifierFlags flags = (SeqClassifierFlags) in.readObject();
        check(flags);
        Object factories = in.readObject();
        NERFeatureFactory<?> factory;
        if (factories instanceof Integer count && count == 1) {
            factory = (NERFeatureFactory<?>) in.readObject();
        } else if (factories instanceof NERFeatureFactory<?> one) {
            factory = one;
        } else {
            throw new IllegalStateException("expected one NERFeatureFactory, found " + factories);
        }
        int windowSize = in.readInt();
        if (windowSize != 2 || labelIndices.size() != 2) {
            throw new IllegalStateException("a first-order CRF has window 2, this one " + windowSize);
        }
        float[][] weights = floats(in.readObject());
        Set<String> knownLowerCase = new HashSet<>((Set<String>) in.readObject());
        return compile(labelIndices, classIndex, featureIndex, flags, DistSimLexicon.of(lexicon(factory)), weights,
                knownLowerCase);
    }

    private static CrfModel compile(List<Index<CRFLabel>> labelIndices, Index<String> classIndex,
            Index<String> featureIndex, SeqClassifierFlags flags, DistSimLexicon lexicon, float[][] weights,
            Set<String> knownLowerCase) {
        int labels = classIndex.size();
        String[] labelNames = classIndex.objectsList().toArray(new String[0]);
        int background = classIndex.indexOf(flags.backgroundSymbol);
        // Where each weight column goes: column k of a token feature is label labelIndices[0][k], column k
        // of a pair feature the pair labelIndices[1][k] (previous label first). Pairs the model never saw
        // in training have no column: CoreNLP gives them -infinity, they cannot be labelled.
        int[] nodeColumn = columns(labelIndices.get(0), labels);
        int[] edgeColumn = columns(labelIndices.get(1), labels);
        boolean[] allowed = new boolean[labels * labels];
        for (int cell : edgeColumn) {
            allowed[cell] = true;
        }

        Values words = new Values(Template.Kind.WORD);
        Values shapes = new Values(Template.Kind.SHAPE);
        Values classes = new Values(Template.Kind.DISTSIM);
        Map<String, Integer> ngrams = new HashMap<>();
        int[] constants = new int[Template.values().length];
        Arrays.fill(constants, -1);
        List<Object[]> jointFeatures = new ArrayList<>();
        int[] nodeIds = new int[featureIndex.size()];
        int[] edgeIds = new int[featureIndex.size()];
        int nodes = 0;
        int edges = 0;
        float[] nodeWeights = new float[featureIndex.size() * labels];
        float[] edgeWeights = new float[featureIndex.size() * labels * labels];
        for (int original = 0; original < featureIndex.size(); original++) {
            String feature = featureIndex.get(original);
            Template template = Template.of(feature);
            if (template == null) {
                throw new IllegalStateException("the model has a feature of no known template: " + feature);
            }
            int id;
            if (template.edge()) {
                id = edges++;
                edgeIds[id] = original;
                for (int k = 0; k < weights[original].length; k++) {
                    edgeWeights[id * labels * labels + edgeColumn[k]] = weights[original][k];
                }
            } else {
                id = nodes++;
                nodeIds[id] = original;
                for (int k = 0; k < weights[original].length; k++) {
                    nodeWeights[id * labels + nodeColumn[k]] = weights[original][k];
                }
            }
            String value = template.value(feature);
            if (template.constant()) {
                constants[template.ordinal()] = id;
            } else if (template == Template.NGRAM) {
                ngrams.put(value, id);
            } else if (template.joint()) {
                jointFeatures.add(new Object[] {template, value, id});
            } else {
                Values values = switch (template.slots[0]) {
                    case WORD -> words;
                    case SHAPE -> shapes;
                    default -> classes;
                };
                values.of(value)[template.position] = id;
            }
        }
        JointFeatureIndex joints = new JointFeatureIndex(jointFeatures.size());
        for (Object[] joint : jointFeatures) {
            Template template = (Template) joint[0];
            for (String[] parts : splits((String) joint[1], template.separator, template.slots.length)) {
                int[] ids = new int[3];
                for (int i = 0; i < parts.length; i++) {
                    Values values = switch (template.slots[i]) {
                        case WORD -> words;
                        case SHAPE -> shapes;
                        default -> classes;
                    };
                    ids[i] = values.of(parts[i])[0];
                }
                joints.put(template, ids[0], ids[1], ids[2], (int) joint[2]);
            }
        }
        return new CrfModel(labelNames, background, Arrays.copyOf(nodeWeights, nodes * labels),
                Arrays.copyOf(edgeWeights, edges * labels * labels), allowed, constants, joints, words.map, shapes.map,
                classes.map, ngrams, flags.wordFunction, knownLowerCase, lexicon, flags.unknownWordDistSimClass,
                Arrays.copyOf(nodeIds, nodes), Arrays.copyOf(edgeIds, edges));
    }

    /**
     * Every way to cut {@code value} into {@code parts} pieces at the separator. Words may hold "-" or "...":
     * a feature string that two ways of cutting explain is one CoreNLP builds from either pair of values,
     * so both keys lead to it.
     */
    static List<String[]> splits(String value, String separator, int parts) {
        List<String[]> result = new ArrayList<>();
        if (parts == 1) {
            result.add(new String[] {value});
            return result;
        }
        for (int at = value.indexOf(separator); at >= 0; at = value.indexOf(separator, at + 1)) {
            String head = value.substring(0, at);
            for (String[] tail : splits(value.substring(at + separator.length()), separator, parts - 1)) {
                String[] split = new String[parts];
                split[0] = head;
                System.arraycopy(tail, 0, split, 1, tail.length);
                result.add(split);
            }
        }
        return result;
    }

    /** The values of one kind (words, shapes or classes): each has an id and its single-template feature ids. */
    private static final class Values {
        final Map<String, int[]> map = new HashMap<>();
        final int width;

        Values(Template.Kind kind) {
            this.width = 1 + Template.SINGLES_PER_KIND[kind.ordinal()];
        }

        int[] of(String value) {
            return map.computeIfAbsent(value, v -> {
                int[] ids = new int[width];
                Arrays.fill(ids, -1);
                ids[0] = map.size();
                return ids;
            });
        }
    }

    private static int[] columns(Index<CRFLabel> index, int labels) {
        int[] columns = new int[index.size()];
        for (int k = 0; k < columns.length; k++) {
            int cell = 0;
            for (int label : index.get(k).getLabel()) {
                cell = cell * labels + label;
            }
            columns[k] = cell;
        }
        return columns;
    }

    private static float[][] floats(Object weights) {
        if (weights instanceof float[][] floats) {
            return floats;
        }
        // CoreNLP casts double weights to float on loading: so do we, or sums would differ.
        double[][] doubles = (double[][]) weights;
        float[][] floats = new float[doubles.length][];
        for (int i = 0; i < doubles.length; i++) {
            floats[i] = new float[doubles[i].length];
            for (int j = 0; j < doubles[i].length; j++) {
                floats[i][j] = (float) doubles[i][j];
            }
        }
        return floats;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> lexicon(NERFeatureFactory<?> factory) {
        try {
            Field field = NERFeatureFactory.class.getDeclaredField("lexicon");
            field.setAccessible(true);
            Map<String, String> lexicon = (Map<String, String>) field.get(factory);
            if (lexicon == null || lexicon.isEmpty()) {
                throw new IllegalStateException("the model's distributional-similarity lexicon is empty");
            }
            return lexicon;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the distributional-similarity lexicon of the model"
                    + " (NERFeatureFactory.lexicon; CoreNLP 4.5.10 has it): " + e, e);
        }
    }

    /** Refuses a model whose flags ask for features, or a behaviour, this engine does not reproduce. */
    static void check(SeqClassifierFlags flags) {
        List<String> problems = new ArrayList<>();
        for (Field field : SeqClassifierFlags.class.getFields()) {
            if (field.getType() != boolean.class || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            boolean value;
            try {
                value = field.getBoolean(flags);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String name = field.getName();
            if (value && !REQUIRED.contains(name) && !IRRELEVANT.contains(name)) {
                problems.add(name + "=true");
            } else if (!value && REQUIRED.contains(name)) {
                problems.add(name + "=false");
            }
        }
        expect(problems, "wordShape", flags.wordShape, WordShapeClassifier.WORDSHAPEDAN2USELC);
        expect(problems, "maxLeft", flags.maxLeft, 1);
        expect(problems, "disjunctionWidth", flags.disjunctionWidth, 4);
        expect(problems, "maxNGramLeng", flags.maxNGramLeng < 0 ? -1 : flags.maxNGramLeng, -1);
        expect(problems, "maxAdditionalKnownLCWords", flags.maxAdditionalKnownLCWords, 0);
        expect(problems, "slashHyphenTreatment", flags.slashHyphenTreatment, SeqClassifierFlags.SlashHyphenEnum.NONE);
        expect(problems, "useEmbedding", flags.useEmbedding, false);
        expect(problems, "labelDictionaryCutoff", flags.labelDictionaryCutoff > 0, false);
        expect(problems, "binnedLengths", flags.binnedLengths, null);
        expect(problems, "splitWordRegex", flags.splitWordRegex == null || flags.splitWordRegex.isEmpty(), true);
        expect(problems, "gazettes", flags.gazettes == null || flags.gazettes.isEmpty(), true);
        expect(problems, "crfType", flags.crfType.toLowerCase(java.util.Locale.ROOT), "maxent");
        expect(problems, "inferenceType", flags.inferenceType == null ? "viterbi"
                : flags.inferenceType.toLowerCase(java.util.Locale.ROOT), "viterbi");
        expect(problems, "unknownWordDistSimClass", flags.unknownWordDistSimClass != null, true);
        expect(problems, "wordFunction", flags.wordFunction == null || flags.wordFunction instanceof AmericanizeFunction,
                true);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("This CRF engine reproduces CoreNLP's english.conll.4class.distsim model;"
                    + " this model's flags differ: " + String.join(", ", problems)
                    + ". Use enrich.nlp.ner.engine=corenlp for it.");
        }
    }

    private static void expect(List<String> problems, String name, Object actual, Object expected) {
        if (!java.util.Objects.equals(actual, expected)) {
            problems.add(name + "=" + actual);
        }
    }
}
