package io.newsflow.enrich.nlp;

import io.newsflow.config.Settings;

/**
 * Settings of the article understanding.
 *
 * @param maxAnalysedChars only the first this many characters of title + body are analysed; a
 *     longer article is marked truncated ({@code enrich.nlp.max.chars}, default 20000)
 * @param keywords how many key phrases to keep ({@code enrich.nlp.keywords}, default 10)
 * @param nerModel classpath of the CRF model ({@code enrich.nlp.ner.model})
 * @param spanCache spans whose labels the NER remembers ({@code enrich.nlp.ner.span.cache}, default
 *     50000, ~25 MB; 0 turns it off), see {@link SpanLabelCache}
 * @param secondOpinion whether names the 4-class CRF typed without other evidence are asked of
 *     CoreNLP's 3-class model too ({@code enrich.nlp.ner.second.opinion}, default false: better types,
 *     WikiGold F1 +0.014, for ~30% more enrichment CPU and ~100 MB), see
 *     {@link io.newsflow.enrich.entity.SecondOpinion}
 */
public record NlpConfig(int maxAnalysedChars, int keywords, String nerModel, int spanCache, boolean secondOpinion) {
    public static final int DEFAULT_SPAN_CACHE = 50_000;

    /** Without the second opinion. */
    public NlpConfig(int maxAnalysedChars, int keywords, String nerModel, int spanCache) {
        this(maxAnalysedChars, keywords, nerModel, spanCache, false);
    }

    public static NlpConfig defaults() {
        return new NlpConfig(20_000, 10, NerTagger.FOUR_CLASS_MODEL, DEFAULT_SPAN_CACHE, false);
    }

    public static NlpConfig from(Settings settings) {
        return new NlpConfig(
                settings.intValue("enrich.nlp.max.chars", 20_000, 500, 10_000_000),
                settings.intValue("enrich.nlp.keywords", 10, 0, 100),
                settings.string("enrich.nlp.ner.model", NerTagger.FOUR_CLASS_MODEL),
                settings.intValue("enrich.nlp.ner.span.cache", DEFAULT_SPAN_CACHE, 0, 10_000_000),
                settings.bool("enrich.nlp.ner.second.opinion", false));
    }
}
