package io.newsflow.bench.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsflow.bench.BenchArticle;
import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.enrich.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CoreNLP 4-class CRF, half of enrich's CPU in the end-to-end profile: {@link NerTagger#tag} of the whole
 * article (split + CRF, what enrich pays per article), and the classifier alone on pre-tokenised input, one
 * typical sentence and all the article's sentences, loaded as NerTagger loads it ({@code cacheNGrams=false})
 * and with {@code cacheNGrams=true}, which keeps every word's character n-gram features in a map instead of
 * rebuilding the strings per token. Single thread, as asked: that map is a plain {@code HashMap} that grows
 * with the vocabulary, so the flag is not safe on a classifier shared by stream threads as NerTagger's is.
 *
 * <p>The {@code cacheNGrams} parameter runs the two classifiers in separate forks, minutes apart, and on a
 * shared machine the load of those minutes moves the scores more than the flag does. The group
 * {@code sideBySide} therefore runs both at once, one thread each on the same sentences, so both see the same
 * neighbours: its two scores are the ratio to read. (CpuTimeProfiler's figures sum both threads there.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CrfBenchmark {
    /** The sentence of {@link #classifySentence}, the seed article's lead: 22 tokens, naming US, Russian,
     * Vladimir Putin, Moscow and Ukraine. */
    private static final String ONE_SENTENCE_START = "Top US negotiators met";

    /** newsflow's tagger, as enrich builds it. */
    @State(Scope.Benchmark)
    public static class Tagger {
        NerTagger tagger;
        String text;

        @Setup
        public void setUp() {
            tagger = new NerTagger();
            text = BenchArticle.text();
        }
    }

    /** The bare classifier and the article already tokenised and split as NerTagger does it. */
    @State(Scope.Benchmark)
    public static class Classifier {
        @Param({"false", "true"})
        boolean cacheNGrams;

        CRFClassifier<CoreLabel> classifier;
        List<List<CoreLabel>> sentences;
        List<CoreLabel> oneSentence;

        @Setup
        public void setUp() throws Exception {
            classifier = load(cacheNGrams);
            sentences = tokenise(BenchArticle.text());
            oneSentence = sentences.stream()
                    .filter(s -> s.size() > 3 && ONE_SENTENCE_START.startsWith(s.get(0).word() + " " + s.get(1).word()))
                    .findFirst().orElseThrow();
        }
    }

    /** Both classifiers in one JVM, for the side-by-side group. */
    @State(Scope.Benchmark)
    public static class BothClassifiers {
        CRFClassifier<CoreLabel> defaultFlags;
        CRFClassifier<CoreLabel> cacheNGrams;
        List<List<CoreLabel>> sentences;

        @Setup
        public void setUp() throws Exception {
            defaultFlags = load(false);
            cacheNGrams = load(true);
            sentences = tokenise(BenchArticle.text());
        }
    }

    private static CRFClassifier<CoreLabel> load(boolean cacheNGrams) throws Exception {
        CRFClassifier<CoreLabel> classifier;
        if (cacheNGrams) {
            Properties flags = new Properties();
            flags.setProperty("cacheNGrams", "true");
            classifier = CRFClassifier.getClassifier(NerTagger.FOUR_CLASS_MODEL, flags);
        } else {
            classifier = CRFClassifier.getClassifier(NerTagger.FOUR_CLASS_MODEL);
        }
        if (classifier.flags.cacheNGrams != cacheNGrams) {
            throw new IllegalStateException("cacheNGrams did not reach the loaded classifier's flags");
        }
        return classifier;
    }

    /** NerTagger's splitter settings, so the CRF sees exactly the tokens it sees in enrich. */
    private static List<List<CoreLabel>> tokenise(String text) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation document = new Annotation(text);
        new StanfordCoreNLP(props).annotate(document);
        List<List<CoreLabel>> result = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!tokens.isEmpty()) {
                result.add(tokens);
            }
        }
        return result;
    }

    @Benchmark
    public List<Sentence> tagArticle(Tagger state) {
        return state.tagger.tag(state.text);
    }

    @Benchmark
    public List<CoreLabel> classifySentence(Classifier state) {
        return state.classifier.classifySentence(state.oneSentence);
    }

    /** The CRF's share of {@link #tagArticle}: every sentence of the article, tokens given. */
    @Benchmark
    public int classifyArticleSentences(Classifier state) {
        return classifyAll(state.classifier, state.sentences);
    }

    @Benchmark
    @Group("sideBySide")
    @GroupThreads(1)
    public int sideBySideDefaultFlags(BothClassifiers state) {
        return classifyAll(state.defaultFlags, state.sentences);
    }

    @Benchmark
    @Group("sideBySide")
    @GroupThreads(1)
    public int sideBySideCacheNGrams(BothClassifiers state) {
        return classifyAll(state.cacheNGrams, state.sentences);
    }

    private static int classifyAll(CRFClassifier<CoreLabel> classifier, List<List<CoreLabel>> sentences) {
        int entityTokens = 0;
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel token : classifier.classifySentence(sentence)) {
                if (!"O".equals(token.get(CoreAnnotations.AnswerAnnotation.class))) {
                    entityTokens++;
                }
            }
        }
        return entityTokens;
    }
}
