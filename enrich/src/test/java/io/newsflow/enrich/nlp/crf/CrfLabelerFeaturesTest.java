package io.newsflow.enrich.nlp.crf;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stronger proof than equal labels: for every token of the gold articles, the seed and the hard-text
 * fixtures, the engine finds exactly the features CoreNLP's CRFClassifier finds (the same feature ids of the
 * model, in both cliques), so the scores can only differ in the order the same weights are added.
 */
class CrfLabelerFeaturesTest {
    private static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static CRFClassifier<CoreLabel> coreNlp;
    private static CrfModel model;
    private static CrfLabeler labeler;
    private static StanfordCoreNLP splitter;

    @BeforeAll
    static void load() throws Exception {
        coreNlp = CRFClassifier.getClassifier(MODEL);
        model = ModelReader.read(MODEL);
        labeler = new CrfLabeler(model, 0);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        splitter = new StanfordCoreNLP(props);
    }

    @Test
    void findsCoreNlpsFeaturesForEveryToken() throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> gold = Files.list(Path.of("src/test/resources/gold"));
                Stream<Path> hard = Files.list(Path.of("src/test/resources/ner-engines"))) {
            Stream.concat(gold, hard).filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        int tokens = 0;
        List<String> differences = new ArrayList<>();
        for (Path text : texts) {
            Annotation document = new Annotation(Files.readString(text));
            splitter.annotate(document);
            for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
                tokens += words.size();
                differences.addAll(compare(text.getFileName().toString(), words));
            }
        }
        assertThat(tokens).isGreaterThan(6_000);
        assertThat(differences).as("tokens whose features differ").isEmpty();
    }

    @Test
    void readsEveryFeatureOfTheModelIntoOneOfItsTemplates() {
        assertThat(model.nodeFeatureCount + model.edgeFeatureCount).isEqualTo(143_284);
        assertThat(model.labels).containsExactly("O", "ORGANIZATION", "MISC", "PERSON", "LOCATION");
        // PERSON followed by MISC never occurred in training: CoreNLP cannot label it, neither can we.
        assertThat(model.allowedPairs[3 * 5 + 2]).isFalse();
        int allowed = 0;
        for (boolean pair : model.allowedPairs) {
            allowed += pair ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(24);
    }

    /** CoreNLP's features of each token as classifySentence computes them, against ours, as sets of model ids. */
    private static List<String> compare(String source, List<CoreLabel> words) {
        List<CoreLabel> copy = new ArrayList<>();
        for (CoreLabel word : words) {
            CoreLabel token = new CoreLabel(word);
            token.set(CoreAnnotations.AnswerAnnotation.class, "O");
            copy.add(token);
        }
        new ObjectBankWrapper<CoreLabel>(coreNlp.flags, null, coreNlp.getKnownLCWords()).processDocument(copy);
        int[][][] theirs = coreNlp.documentToDataAndLabels(copy).first();

        WordFeatures[] features = new WordFeatures[words.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = model.features(words.get(i).word());
        }
        List<String> differences = new ArrayList<>();
        int[] ours = new int[256];
        for (int i = 0; i < features.length; i++) {
            int nodeCount = labeler.nodeFeatures(features, i, ours);
            TreeSet<Integer> node = originals(ours, nodeCount, model.nodeOriginalIds);
            int edgeCount = labeler.edgeFeatures(features, i, ours);
            TreeSet<Integer> edge = originals(ours, edgeCount, model.edgeOriginalIds);
            // Equal sets, and no feature given twice: CoreNLP collects them in a set.
            if (!node.equals(set(theirs[i][0])) || !edge.equals(set(theirs[i][1]))
                    || node.size() != nodeCount || edge.size() != edgeCount) {
                differences.add(source + " token " + i + " " + words.get(i).word() + ": ours " + node + " " + edge
                        + " (" + nodeCount + " and " + edgeCount + " given), CoreNLP's " + set(theirs[i][0]) + " "
                        + set(theirs[i][1]));
            }
        }
        return differences;
    }

    private static TreeSet<Integer> originals(int[] ids, int count, int[] originalIds) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int k = 0; k < count; k++) {
            set.add(originalIds[ids[k]]);
        }
        return set;
    }

    private static TreeSet<Integer> set(int[] ids) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int id : ids) {
            set.add(id);
        }
        return set;
    }
}
