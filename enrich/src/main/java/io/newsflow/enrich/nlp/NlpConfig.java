package io.newsflow.enrich.nlp;

import io.newsflow.config.Settings;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Settings of the article understanding.
 *
 * @param maxAnalysedChars only the first this many characters of title + body are analysed; a
 *     longer article is marked truncated ({@code enrich.nlp.max.chars}, default 20000)
 * @param keywords how many key phrases to keep ({@code enrich.nlp.keywords}, default 10)
 * @param nerModel classpath of the CRF model ({@code enrich.nlp.ner.model})
 * @param spanCache spans whose labels the NER remembers ({@code enrich.nlp.ner.span.cache}, default
 *     50000, ~25 MB; 0 turns it off), see {@link SpanLabelCache}
 * @param nerEngine which code runs the CRF ({@code enrich.nlp.ner.engine}: {@code newsflow}, the default,
 *     or {@code corenlp}), see {@link NerEngine}
 * @param wordCache words whose CRF features newsflow's engine keeps ({@code enrich.nlp.ner.word.cache},
 *     default 100000, ~50 MB; 0 works every word out each time); unused by the corenlp engine
 * @param secondOpinion whether names the 4-class CRF typed without other evidence are asked of
 *     CoreNLP's 3-class model too ({@code enrich.nlp.ner.second.opinion}, default false), see
 *     {@link io.newsflow.enrich.entity.SecondOpinion}
 */
public record NlpConfig(int maxAnalysedChars, int keywords, String nerModel, int spanCache, NerEngine nerEngine,
        int wordCache, boolean secondOpinion) {
    public static final int DEFAULT_SPAN_CACHE = 50_000;
    public static final int DEFAULT_WORD_CACHE = 100_000;
    public static final NerEngine DEFAULT_ENGINE = NerEngine.NEWSFLOW;

    /** newsflow's engine with its default word cache, without the second opinion. */
    public NlpConfig(int maxAnalysedChars, int keywords, String nerModel, int spanCache) {
        this(maxAnalysedChars, keywords, nerModel, spanCache, false);
    }

    /** newsflow's engine with its default word cache. */
    public NlpConfig(int maxAnalysedChars, int keywords, String nerModel, int spanCache, boolean secondOpinion) {
        this(maxAnalysedChars, keywords, nerModel, spanCache, DEFAULT_ENGINE, DEFAULT_WORD_CACHE, secondOpinion);
    }

    public static NlpConfig defaults() {
        return new NlpConfig(20_000, 10, NerTagger.FOUR_CLASS_MODEL, DEFAULT_SPAN_CACHE);
    }

    public static NlpConfig from(Settings settings) {
        String engine = settings.choice("enrich.nlp.ner.engine", DEFAULT_ENGINE.settingValue(),
                Arrays.stream(NerEngine.values()).map(NerEngine::settingValue).collect(Collectors.toSet()));
        return new NlpConfig(
                settings.intValue("enrich.nlp.max.chars", 20_000, 500, 10_000_000),
                settings.intValue("enrich.nlp.keywords", 10, 0, 100),
                settings.string("enrich.nlp.ner.model", NerTagger.FOUR_CLASS_MODEL),
                settings.intValue("enrich.nlp.ner.span.cache", DEFAULT_SPAN_CACHE, 0, 10_000_000),
                NerEngine.valueOf(engine.toUpperCase(Locale.ROOT)),
                settings.intValue("enrich.nlp.ner.word.cache", DEFAULT_WORD_CACHE, 0, 10_000_000),
                settings.bool("enrich.nlp.ner.second.opinion", false));
    }
}
