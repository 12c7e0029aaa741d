package io.newsflow.bench.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsflow.bench.BenchArticle;
import io.newsflow.enrich.nlp.NerEngine;
import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.enrich.nlp.Sentence;
import io.newsflow.enrich.nlp.crf.CrfLabeler;
import java.util.Locale;
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
 * The 4-class CRF, run by CoreNLP's {@code CRFClassifier} and by newsflow's own engine ({@link CrfLabeler}, the
 * default of {@code enrich.nlp.ner.engine}) on the same 900-word article.
 *
 * <ul>
 * <li>{@code tagArticle}: {@link NerTagger#tag} of the whole article (split + CRF on the capitalised spans,
 *     what enrich pays per article) with either engine ({@code engine} parameter), the span label cache off so
 *     every call runs the CRF.
 * <li>{@code classifyArticleSentences} / {@code labelArticleSentences}: the CRF alone on every sentence of the
 *     article, tokens given: CoreNLP's classifier, and newsflow's engine with a warm word cache (the steady
 *     state of a stream: the article's words are known) or none ({@code wordCache=0}: every word's features
 *     worked out for every token, the worst case). {@code classifySentence} / {@code labelSentence}: one typical
 *     sentence.
 * <li>Groups {@code engines} (the CRF alone, every sentence) and {@code taggers} ({@code tag} of the article):
 *     both engines at once, one thread each, on the same input: both see the same neighbours, so the ratio of
 *     their two scores is the one to read on a shared machine (CpuTimeProfiler sums both threads there; use the
 *     wall scores, each thread's own).
 * <li>Forks run with {@code -XX:-DontCompileHugeMethods}, as the {@code newsflow} script does, so that HotSpot
 *     compiles CoreNLP's tokenizer in {@code tagArticle} (see TokenizeBenchmark).
 * <li>{@code cacheNGrams}: CoreNLP's classifier loaded as NerTagger's corenlp engine loads it (false) and with
 *     {@code cacheNGrams=true}, which keeps every word's character n-gram features in a map; group
 *     {@code sideBySide} runs those two at once. That map is a plain {@code HashMap} that grows with the
 *     vocabulary, so the flag is not safe on a classifier shared by stream threads.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:-DontCompileHugeMethods"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CrfBenchmark {
    /** The sentence of {@link #classifySentence}, the seed article's lead: 22 tokens, naming US, Russian,
     * Vladimir Putin, Moscow and Ukraine. */
    private static final String ONE_SENTENCE_START = "Top US negotiators met";

    /** newsflow's tagger as enrich builds it, with either engine, without the span label cache. */
    @State(Scope.Benchmark)
    public static class Tagger {
        @Param({"newsflow", "corenlp"})
        String engine;

        NerTagger tagger;
        String text;

        @Setup
        public void setUp() {
            tagger = new NerTagger(NerTagger.FOUR_CLASS_MODEL, 0, NerEngine.valueOf(engine.toUpperCase(Locale.ROOT)),
                    100_000);
            text = BenchArticle.text();
        }
    }

    /** newsflow's engine alone and the article tokenised as NerTagger does it. */
    @State(Scope.Benchmark)
    public static class Newsflow {
        @Param({"100000", "0"})
        int wordCache;

        CrfLabeler labeler;
        List<List<CoreLabel>> sentences;
        List<CoreLabel> oneSentence;

        @Setup
        public void setUp() {
            labeler = CrfLabeler.load(NerTagger.FOUR_CLASS_MODEL, wordCache);
            sentences = tokenise(BenchArticle.text());
            oneSentence = sentence(sentences);
        }
    }

    /** A tagger with each engine, span label cache off, for the {@code taggers} group. */
    @State(Scope.Benchmark)
    public static class BothTaggers {
        NerTagger newsflow;
        NerTagger coreNlp;
        String text;

        @Setup
        public void setUp() {
            newsflow = new NerTagger(NerTagger.FOUR_CLASS_MODEL, 0, NerEngine.NEWSFLOW, 100_000);
            coreNlp = new NerTagger(NerTagger.FOUR_CLASS_MODEL, 0, NerEngine.CORENLP, 0);
            text = BenchArticle.text();
        }
    }

    /** Both engines in one JVM, for the {@code engines} group. */
    @State(Scope.Benchmark)
    public static class BothEngines {
        CRFClassifier<CoreLabel> coreNlp;
        CrfLabeler newsflow;
        List<List<CoreLabel>> sentences;

        @Setup
        public void setUp() throws Exception {
            coreNlp = load(false);
            newsflow = CrfLabeler.load(NerTagger.FOUR_CLASS_MODEL, 100_000);
            sentences = tokenise(BenchArticle.text());
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
            oneSentence = sentence(sentences);
        }
    }

    private static List<CoreLabel> sentence(List<List<CoreLabel>> sentences) {
        return sentences.stream()
                .filter(s -> s.size() > 3 && ONE_SENTENCE_START.startsWith(s.get(0).word() + " " + s.get(1).word()))
                .findFirst().orElseThrow();
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
    public String[] labelSentence(Newsflow state) {
        return state.labeler.labels(state.oneSentence);
    }

    /** newsflow's engine on every sentence of the article, tokens given: against {@link #classifyArticleSentences}. */
    @Benchmark
    public int labelArticleSentences(Newsflow state) {
        return labelAll(state.labeler, state.sentences);
    }

    @Benchmark
    @Group("engines")
    @GroupThreads(1)
    public int enginesCoreNlp(BothEngines state) {
        return classifyAll(state.coreNlp, state.sentences);
    }

    @Benchmark
    @Group("engines")
    @GroupThreads(1)
    public int enginesNewsflow(BothEngines state) {
        return labelAll(state.newsflow, state.sentences);
    }

    @Benchmark
    @Group("taggers")
    @GroupThreads(1)
    public List<Sentence> taggersCoreNlp(BothTaggers state) {
        return state.coreNlp.tag(state.text);
    }

    @Benchmark
    @Group("taggers")
    @GroupThreads(1)
    public List<Sentence> taggersNewsflow(BothTaggers state) {
        return state.newsflow.tag(state.text);
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

    private static int labelAll(CrfLabeler labeler, List<List<CoreLabel>> sentences) {
        int entityTokens = 0;
        for (List<CoreLabel> sentence : sentences) {
            for (String label : labeler.labels(sentence)) {
                if (!"O".equals(label)) {
                    entityTokens++;
                }
            }
        }
        return entityTokens;
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
