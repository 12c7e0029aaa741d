package io.newsflow.enrich;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;

/**
 * Understands one article: what the topology calls for every raw record. Implementations are
 * thread-safe and load their models once per process; they never see Kafka.
 */
public interface ArticleEnricher {
    /**
     * @param raw the article as ingested
     * @param enrichmentVersion the version stamped on the result
     * @return the enriched article; {@code duplicateOf} is left null (deduplication needs state the
     *     topology owns)
     */
    EnrichedArticle enrich(RawArticle raw, int enrichmentVersion);
}
