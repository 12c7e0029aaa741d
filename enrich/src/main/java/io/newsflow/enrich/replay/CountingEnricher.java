package io.newsflow.enrich.replay;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;

/** The replay's enricher: the live one, counted, so the summary can say how many articles were re-enriched and how many failed (those go to news.dlq). */
final class CountingEnricher implements ArticleEnricher {
    private final ArticleEnricher enricher;
    private final ReplayCounters counters;

    CountingEnricher(ArticleEnricher enricher, ReplayCounters counters) {
        this.enricher = enricher;
        this.counters = counters;
    }

    @Override
    public EnrichedArticle enrich(RawArticle raw, int enrichmentVersion) {
        try {
            EnrichedArticle enriched = enricher.enrich(raw, enrichmentVersion);
            (enriched == null ? counters.failed : counters.enriched).incrementAndGet();
            return enriched;
        } catch (RuntimeException | Error e) {
            counters.failed.incrementAndGet();
            throw e;
        }
    }
}
