package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.newsflow.enrich.nlp.crf.CrfLabeler;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits text into sentences and labels every token with the CoreNLP 4-class CRF.
 *
 * <p>Why not the full {@code ner} annotator: with SUTime, numeric and fine-grained classifiers off,
 * the 4-class model needs neither POS nor lemmas ({@code useTags=false}), so the pipeline only
 * tokenizes and splits, and the CRF is called directly: the same labels at about three times the
 * speed of {@code tokenize,ssplit,pos,lemma,ner}. Hyphenated words stay one token, as the model was
 * trained ("Rolls-Royce", "Jean-Claude"), which is what the {@code ner} annotator's own re-merge of
 * split hyphens gives: on the 29 gold articles the spans equal those of {@code tokenize,ssplit,ner}
 * with the same settings (544 of 544). Sentences break at every newline so a headline never fuses
 * with the first line of the body. The tokens and sentences are those of CoreNLP's {@code tokenize,ssplit}
 * pipeline, made by {@link SentenceSplitter} without the pipeline's bookkeeping. One instance is shared by all
 * stream threads: the splitter is stateless per call and both CRF engines are safe to share.
 *
 * <p>The CRF only labels the {@link CapitalisedSpans} of a sentence: a stretch of all-lowercase words
 * further than the model's feature window from any capitalised word is labelled O without running the
 * model, a third less CRF work on news prose (see that class for what it costs in labels). A span whose
 * words were labelled recently takes its labels from a {@link SpanLabelCache}: syndicated copies and
 * boilerplate lines cost no CRF work at all.
 *
 * <p>Two engines run the CRF ({@link NerEngine}, {@code enrich.nlp.ner.engine}): newsflow's own
 * {@link CrfLabeler}, the default, and CoreNLP's {@code CRFClassifier}, the reference it is proven equal to.
 */
public final class NerTagger {
    public static final String FOUR_CLASS_MODEL =
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Logger LOG = LoggerFactory.getLogger(NerTagger.class);

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Function<List<CoreLabel>, String[]> crf;
    private final CrfLabeler labeler;
    private final SpanLabelCache seen;

    public NerTagger() {
        this(FOUR_CLASS_MODEL);
    }

    public NerTagger(String modelPath) {
        this(modelPath, NlpConfig.DEFAULT_SPAN_CACHE);
    }

    /** @param spanCache spans whose labels are remembered (50,000 is ~25 MB); 0 labels every span with the CRF */
    public NerTagger(String modelPath, int spanCache) {
        this(modelPath, spanCache, NlpConfig.DEFAULT_ENGINE, NlpConfig.DEFAULT_WORD_CACHE);
    }

    /**
     * @param spanCache spans whose labels are remembered (50,000 is ~25 MB); 0 labels every span with the CRF
     * @param engine the code that runs the CRF
     * @param wordCache words whose features newsflow's engine keeps; 0 none
     */
    public NerTagger(String modelPath, int spanCache, NerEngine engine, int wordCache) {
        this.seen = new SpanLabelCache(spanCache);
        long started = System.nanoTime();
        if (engine == NerEngine.NEWSFLOW) {
            this.labeler = CrfLabeler.load(modelPath, wordCache);
            this.crf = labeler::labels;
        } else {
            this.labeler = null;
            this.crf = coreNlp(loadClassifier(modelPath));
        }
        LOG.info("NER engine {} loaded {} in {} ms", engine.settingValue(), modelPath,
                (System.nanoTime() - started) / 1_000_000);
        if (!tokenizerCompiled()) {
            LOG.info("CoreNLP's tokenizer will run interpreted, about 3x slower: start java with"
                    + " -XX:-DontCompileHugeMethods (the newsflow script and the Docker image do)");
        }
    }

    /**
     * Whether HotSpot may compile CoreNLP's tokenizer: its {@code PTBLexer.next()} is 10.7 KB of bytecode, above
     * the 8 KB limit HotSpot compiles unless {@code -XX:-DontCompileHugeMethods} is given.
     */
    public static boolean tokenizerCompiled() {
        try {
            return "false".equals(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("DontCompileHugeMethods").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The CoreNLP pipeline that split sentences before {@link SentenceSplitter}, which reproduces it: PTB tokens,
     * hyphenated words whole, every newline a sentence break. NerEngineAgreement compares the two.
     */
    static Properties splitterProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return props;
    }

    /** CoreNLP's classifier, loaded as the corenlp engine loads it. */
    static CRFClassifier<CoreLabel> loadClassifier(String modelPath) {
        try {
            return CRFClassifier.getClassifier(modelPath);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the NER model " + modelPath
                    + " from the classpath (is stanford-corenlp's models jar there?)", e);
        }
    }

    /** The corenlp engine: {@code classifySentence}, whose answers are the labels. */
    static Function<List<CoreLabel>, String[]> coreNlp(CRFClassifier<CoreLabel> classifier) {
        return tokens -> {
            List<CoreLabel> labelled = classifier.classifySentence(tokens);
            String[] labels = new String[labelled.size()];
            for (int i = 0; i < labels.length; i++) {
                String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                labels[i] = label == null ? "O" : label;
            }
            return labels;
        };
    }

    /** Tokenizes and labels a text; offsets in the result refer to {@code text}. */
    public List<Sentence> tag(String text) {
        List<List<CoreLabel>> split = splitter.split(text);
        List<Sentence> sentences = new ArrayList<>(split.size());
        for (List<CoreLabel> tokens : split) {
            sentences.add(sentence(text, sentences.size(), tokens, label(tokens)));
        }
        return sentences;
    }

    private static Sentence sentence(String text, int index, List<CoreLabel> tokens, String[] labels) {
        List<Token> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            int start = token.beginPosition();
            int end = token.endPosition();
            result.add(new Token(token.word(), text.substring(start, end), start, end, labels == null ? "O" : labels[i]));
        }
        return new Sentence(index, result.get(0).start(), result.get(result.size() - 1).end(), result);
    }

    /** The CRF's label for every token of one sentence; O outside its capitalised spans. */
    private String[] label(List<CoreLabel> tokens) {
        String[] labels = new String[tokens.size()];
        Arrays.fill(labels, "O");
        for (CapitalisedSpans.Span span : CapitalisedSpans.of(tokens)) {
            String[] spanLabels = seen.labels(tokens.subList(span.start(), span.end()), crf);
            System.arraycopy(spanLabels, 0, labels, span.start(), spanLabels.length);
        }
        return labels;
    }

    /** Spans labelled from the cache and by the CRF so far (for the benchmarks and logs). */
    public long[] spanCacheHitsAndMisses() {
        return new long[] {seen.hits(), seen.misses()};
    }

    /** newsflow's engine's word cache: words held, lookups answered from it, words worked out; zeros for corenlp. */
    public long[] wordCacheSizeHitsAndMisses() {
        return labeler == null ? new long[3] : labeler.wordCacheSizeHitsAndMisses();
    }

    /** Splits into sentences without labelling: for text that gets no English-only analysis. */
    public List<Sentence> split(String text) {
        List<List<CoreLabel>> split = splitter.split(text);
        List<Sentence> sentences = new ArrayList<>(split.size());
        for (List<CoreLabel> tokens : split) {
            sentences.add(sentence(text, sentences.size(), tokens, null));
        }
        return sentences;
    }
}
