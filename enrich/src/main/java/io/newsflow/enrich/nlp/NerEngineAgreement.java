package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsflow.enrich.nlp.crf.CrfLabeler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * newsflow's NER path against CoreNLP's, on the same text: {@link SentenceSplitter} against the {@code
 * tokenize,ssplit} pipeline (the same tokens, offsets and sentence boundaries), then both CRF engines on the
 * pipeline's tokens, counting where their labels agree token by token: on whole sentences, and on the
 * {@link CapitalisedSpans} sub-lists exactly as {@link NerTagger} hands them to the CRF. The proof behind
 * {@code enrich.nlp.ner.engine=newsflow} and the splitter: the tests of enrich (gold set, seed, hard text) and
 * of app (2,000 generated articles) feed it, and it lists every difference with its context.
 *
 * <p>A token list compared before (a sentence met again, or a span that is its whole sentence or an earlier
 * span) is counted but not run again: both engines label a token list from its words alone (the reason
 * {@link SpanLabelCache} is exact), so a repeat can only repeat the result. Thread-safe: both engines are, and
 * the counts are concurrent.
 */
public final class NerEngineAgreement {
    /** Differences kept with their context; beyond this only counted. */
    private static final int KEPT = 200;

    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(NerTagger.splitterProperties());
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Function<List<CoreLabel>, String[]> coreNlp;
    private final CrfLabeler newsflow;
    private final Set<String> compared = ConcurrentHashMap.newKeySet();
    private final LongAdder sentenceTokens = new LongAdder();
    private final LongAdder sentenceEqual = new LongAdder();
    private final LongAdder spanTokens = new LongAdder();
    private final LongAdder spanEqual = new LongAdder();
    private final LongAdder repeatedTokens = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final List<Difference> differences = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder differenceCount = new LongAdder();
    private final LongAdder splitSentences = new LongAdder();
    private final LongAdder splitTokens = new LongAdder();
    private final LongAdder splitDifferenceCount = new LongAdder();
    private final List<String> splitDifferences = Collections.synchronizedList(new ArrayList<>());

    /** Loads the model at {@code modelPath} into both engines. */
    public NerEngineAgreement(String modelPath) {
        this(NerTagger.loadClassifier(modelPath), CrfLabeler.load(modelPath, NlpConfig.DEFAULT_WORD_CACHE));
    }

    NerEngineAgreement(CRFClassifier<CoreLabel> reference, CrfLabeler newsflow) {
        this.coreNlp = NerTagger.coreNlp(reference);
        this.newsflow = newsflow;
    }

    /** One place where the engines disagree. */
    public record Difference(String source, String unit, int token, String word, String context, String coreNlp,
            String newsflow) {
        @Override
        public String toString() {
            return String.format("%s, %s, token %d '%s': corenlp %s, newsflow %s in \"%s\"", source, unit, token, word,
                    coreNlp, newsflow, context);
        }
    }

    /**
     * What was compared and how much agreed.
     *
     * @param sentences sentences run through both engines
     * @param sentenceTokens tokens of those sentences, each labelled by both engines in its whole sentence
     * @param sentenceEqual of them, labelled alike
     * @param spanTokens tokens of the capitalised spans of those sentences, labelled by both as NerTagger asks
     *     (spans that were their whole sentence, or an earlier span, are not run again)
     * @param spanEqual of them, labelled alike
     * @param repeatedTokens tokens of token lists met before (sentences and spans), not run twice
     * @param differenceCount every token labelled differently (whole sentences and spans)
     * @param differences the first of them, with context
     * @param splitSentences sentences the pipeline made of the texts given, compared with SentenceSplitter's
     * @param splitTokens their tokens
     * @param splitDifferenceCount texts whose sentences or tokens (word, start, end) SentenceSplitter made otherwise
     * @param splitDifferences the first of them
     */
    public record Report(long sentences, long sentenceTokens, long sentenceEqual, long spanTokens, long spanEqual,
            long repeatedTokens, long differenceCount, List<Difference> differences, long splitSentences,
            long splitTokens, long splitDifferenceCount, List<String> splitDifferences) {
        /** Tokens compared, whole sentences and spans together. */
        public long compared() {
            return sentenceTokens + spanTokens;
        }

        public String summary() {
            StringBuilder text = new StringBuilder(String.format(
                    "splitter: %,d sentences and %,d tokens, %,d texts split otherwise; CRF on %,d sentences:"
                            + " whole sentences %,d of %,d tokens equal, capitalised spans %,d of %,d equal;"
                            + " %,d tokens of token lists met before (sentences met again, spans that are their"
                            + " whole sentence) not run again; %,d differences",
                    splitSentences, splitTokens, splitDifferenceCount, sentences, sentenceEqual, sentenceTokens,
                    spanEqual, spanTokens, repeatedTokens, differenceCount));
            for (String difference : splitDifferences) {
                text.append("\n  ").append(difference);
            }
            for (Difference difference : differences) {
                text.append("\n  ").append(difference);
            }
            return text.toString();
        }
    }

    /**
     * Splits {@code text} with the pipeline and with SentenceSplitter and compares their sentences, then compares
     * the engines on every sentence of the pipeline's.
     */
    public void compareText(String source, String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<List<CoreLabel>> reference = new ArrayList<>();
        List<int[]> boundaries = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!tokens.isEmpty()) {
                reference.add(tokens);
                boundaries.add(new int[] {sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)});
            }
        }
        compareSplit(source, reference, boundaries, splitter.split(text));
        for (List<CoreLabel> tokens : reference) {
            compareTokens(source, tokens);
        }
    }

    private void compareSplit(String source, List<List<CoreLabel>> reference, List<int[]> boundaries,
            List<List<CoreLabel>> ours) {
        splitSentences.add(reference.size());
        reference.forEach(sentence -> splitTokens.add(sentence.size()));
        String difference = null;
        if (reference.size() != ours.size()) {
            difference = reference.size() + " sentences from the pipeline, " + ours.size() + " from SentenceSplitter";
        }
        for (int s = 0; difference == null && s < reference.size(); s++) {
            List<CoreLabel> expected = reference.get(s);
            List<CoreLabel> actual = ours.get(s);
            if (boundaries.get(s)[0] != actual.get(0).beginPosition()
                    || boundaries.get(s)[1] != actual.get(actual.size() - 1).endPosition()) {
                difference = "sentence " + s + " bounds differ";
            }
            for (int t = 0; difference == null && t < Math.max(expected.size(), actual.size()); t++) {
                if (t >= expected.size() || t >= actual.size() || !same(expected.get(t), actual.get(t))) {
                    difference = "sentence " + s + " token " + t + ": pipeline "
                            + (t < expected.size() ? describe(expected.get(t)) : "none") + ", SentenceSplitter "
                            + (t < actual.size() ? describe(actual.get(t)) : "none");
                }
            }
        }
        if (difference != null) {
            splitDifferenceCount.increment();
            if (splitDifferences.size() < KEPT) {
                splitDifferences.add(source + ": " + difference);
            }
        }
    }

    private static boolean same(CoreLabel a, CoreLabel b) {
        return a.word().equals(b.word()) && a.beginPosition() == b.beginPosition() && a.endPosition() == b.endPosition();
    }

    private static String describe(CoreLabel token) {
        return "'" + token.word() + "' " + token.beginPosition() + "-" + token.endPosition();
    }

    /** Compares one sentence: whole, then its capitalised spans one by one. */
    public void compareTokens(String source, List<CoreLabel> tokens) {
        if (!compared.add(SpanLabelCache.key(tokens))) {
            repeatedTokens.add(tokens.size());
            return;
        }
        sentences.increment();
        sentenceTokens.add(tokens.size());
        sentenceEqual.add(compare(source, "sentence", tokens, 0));
        for (CapitalisedSpans.Span span : CapitalisedSpans.of(tokens)) {
            List<CoreLabel> part = tokens.subList(span.start(), span.end());
            if (!compared.add(SpanLabelCache.key(part))) {
                repeatedTokens.add(part.size());
                continue;
            }
            spanTokens.add(part.size());
            spanEqual.add(compare(source, "span from token " + span.start(), part, span.start()));
        }
    }

    private int compare(String source, String unit, List<CoreLabel> tokens, int offset) {
        String[] reference = coreNlp.apply(tokens);
        String[] ours = newsflow.labels(tokens);
        int equal = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (reference[i].equals(ours[i])) {
                equal++;
            } else {
                differenceCount.increment();
                if (differences.size() < KEPT) {
                    differences.add(new Difference(source, unit, offset + i, tokens.get(i).word(), context(tokens, i),
                            reference[i], ours[i]));
                }
            }
        }
        return equal;
    }

    private static String context(List<CoreLabel> tokens, int at) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, at - 6); i < Math.min(tokens.size(), at + 7); i++) {
            text.append(i == at ? "[" + tokens.get(i).word() + "]" : tokens.get(i).word()).append(' ');
        }
        return text.toString().strip();
    }

    public Report report() {
        synchronized (differences) {
            synchronized (splitDifferences) {
                return new Report(sentences.sum(), sentenceTokens.sum(), sentenceEqual.sum(), spanTokens.sum(),
                        spanEqual.sum(), repeatedTokens.sum(), differenceCount.sum(), List.copyOf(differences),
                        splitSentences.sum(), splitTokens.sum(), splitDifferenceCount.sum(),
                        List.copyOf(splitDifferences));
            }
        }
    }
}
