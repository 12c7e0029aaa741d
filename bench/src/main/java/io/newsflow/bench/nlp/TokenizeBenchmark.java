package io.newsflow.bench.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import io.newsflow.bench.BenchArticle;
import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.enrich.nlp.Sentence;
import java.io.StringReader;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokenising and sentence splitting of one 898-word article: what {@link NerTagger#split} costs (newsflow's
 * SentenceSplitter: CoreNLP's PTB lexer and sentence splitter driven directly, plus the Sentence and Token
 * records), beside CoreNLP's {@code tokenize,ssplit} pipeline with the same options (what NerTagger ran before,
 * and the reference SentenceSplitter is proven equal to), CoreNLP's PTB lexer alone (no sentence split, no
 * annotation objects) and the JDK's {@link BreakIterator} words and sentences (the cheapest split there is,
 * though not PTB tokens: the CRF was trained on PTB tokens).
 *
 * <p>The fork runs with {@code -XX:-DontCompileHugeMethods}, as the {@code newsflow} script does: the lexer's
 * {@code PTBLexer.next()} is 10.7 KB of bytecode, above HotSpot's 8 KB limit for compiling a method, and without
 * the flag it runs in the interpreter. Add {@code -jvmArgsAppend -XX:+DontCompileHugeMethods} to see that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:-DontCompileHugeMethods"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokenizeBenchmark {
    /** The tokenizer options NerTagger gives CoreNLP. */
    private static final String NEWSFLOW_OPTIONS = "splitHyphenated=false,invertible=true";

    private String text;
    private NerTagger tagger;
    private StanfordCoreNLP pipeline;
    private BreakIterator words;
    private BreakIterator sentences;

    @Setup
    public void setUp() {
        text = BenchArticle.text();
        // Loads the CRF too (unused here): NerTagger has no splitter-only constructor.
        tagger = new NerTagger();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", NEWSFLOW_OPTIONS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(props);
        words = BreakIterator.getWordInstance(Locale.ENGLISH);
        sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    }

    @Benchmark
    public List<Sentence> nerTaggerSplit() {
        return tagger.split(text);
    }

    /** The pipeline NerTagger ran before SentenceSplitter, annotations only (no Sentence records). */
    @Benchmark
    public Annotation coreNlpPipelineSplit() {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document;
    }

    @Benchmark
    public List<CoreLabel> ptbTokenizerOnly() {
        return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), NEWSFLOW_OPTIONS).tokenize();
    }

    /** Word spans that hold a letter or digit, and sentence boundaries; returns both counts folded into one int. */
    @Benchmark
    public int breakIteratorSplit() {
        int tokens = 0;
        words.setText(text);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            for (int i = start; i < end; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    tokens++;
                    break;
                }
            }
        }
        int sentenceCount = 0;
        sentences.setText(text);
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            sentenceCount++;
        }
        return tokens * 1000 + sentenceCount;
    }
}
