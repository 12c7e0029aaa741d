package io.newsflow.enrich.topology;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.NewsflowSerdes;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serdes of the enrich topology. In production they are the registry-backed Confluent
 * wire-format serdes; tests pass any serde, so the topology is tested without a registry.
 */
public record EnrichSerdes(Serde<RawArticle> rawArticle, Serde<EnrichedArticle> enrichedArticle,
                           Serde<EntityTrend> entityTrend) {

    /** The registry-backed serdes newsflow runs with. */
    public static EnrichSerdes from(NewsflowSerdes serdes) {
        return new EnrichSerdes(serdes.rawArticle(), serdes.enrichedArticle(), serdes.entityTrend());
    }
}
