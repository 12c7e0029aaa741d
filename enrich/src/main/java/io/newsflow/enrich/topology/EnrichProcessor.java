package io.newsflow.enrich.topology;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Calls the enricher for one raw article and stamps the result with its publication time as record
 * timestamp (trends count in event time). A body over the limit is cut before analysis and the result
 * flagged {@code truncated}: the article flows on instead of choking the analysis or the 1 MB record
 * limit. Whatever the enricher throws goes to the processing handler, hence to news.dlq.
 */
final class EnrichProcessor implements Processor<String, RawArticle, String, EnrichedArticle> {
    private final ArticleEnricher enricher;
    private final int enrichmentVersion;
    private final int maxBodyChars;
    private ProcessorContext<String, EnrichedArticle> context;

    EnrichProcessor(ArticleEnricher enricher, int enrichmentVersion, int maxBodyChars) {
        this.enricher = enricher;
        this.enrichmentVersion = enrichmentVersion;
        this.maxBodyChars = maxBodyChars;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        RawArticle raw = record.value();
        if (raw == null) {
            return; // a tombstone in news.raw carries no article
        }
        boolean truncated = raw.getBody() != null && raw.getBody().length() > maxBodyChars;
        RawArticle input = truncated
                ? RawArticle.newBuilder(raw).setBody(cut(raw.getBody(), maxBodyChars)).build()
                : raw;
        EnrichedArticle enriched = enricher.enrich(input, enrichmentVersion);
        if (enriched == null) {
            throw new IllegalStateException("The enricher returned nothing for article " + raw.getId() + ".");
        }
        if (truncated && !enriched.getTruncated()) {
            enriched = EnrichedArticle.newBuilder(enriched).setTruncated(true).build();
        }
        context.forward(new Record<>(enriched.getId(), enriched, enriched.getPublishedAt().toEpochMilli(),
                record.headers()));
    }

    /** Cuts at the last whitespace before the limit so no word is split, unless there is none near it. */
    static String cut(String body, int maxChars) {
        int end = maxChars;
        if (Character.isLowSurrogate(body.charAt(end))) {
            end--;
        }
        for (int i = end; i > maxChars - 200 && i > 0; i--) {
            if (Character.isWhitespace(body.charAt(i))) {
                return body.substring(0, i).stripTrailing();
            }
        }
        return body.substring(0, end);
    }
}
