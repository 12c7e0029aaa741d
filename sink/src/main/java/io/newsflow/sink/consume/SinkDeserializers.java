package io.newsflow.sink.consume;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.serde.NewsflowSerdes;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The value deserializers of the three topics the sink reads. In production they come from
 * {@code NewsflowSerdes} (Confluent wire format through the registry); tests pass plain ones so the
 * consumer loop runs without a registry.
 */
public record SinkDeserializers(Deserializer<EnrichedArticle> enriched, Deserializer<Alert> alerts,
                                Deserializer<EntityTrend> trends) {

    /** The registry-backed deserializers of a running pipeline. */
    public static SinkDeserializers from(NewsflowSerdes serdes) {
        return new SinkDeserializers(serdes.enrichedArticle().deserializer(), serdes.alert().deserializer(),
                serdes.entityTrend().deserializer());
    }
}
