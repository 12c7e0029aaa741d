package io.newsflow.sink.consume;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a consumed record into the value the store writes, by its topic. A record that cannot be
 * read (bad bytes, unknown schema id, a value missing what the store needs) throws, and the loop sets
 * it aside as a dead letter.
 */
final class RecordDecoder {
    private final String enrichedTopic;
    private final String alertsTopic;
    private final String trendsTopic;
    private final SinkDeserializers deserializers;

    RecordDecoder(SinkTopics topics, SinkDeserializers deserializers) {
        this.enrichedTopic = topics.enriched();
        this.alertsTopic = topics.alerts();
        this.trendsTopic = topics.trends();
        this.deserializers = deserializers;
    }

    /** The decoded value, or null for a tombstone, which the store ignores. */
    Object decode(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        String topic = record.topic();
        if (topic.equals(enrichedTopic)) {
            EnrichedArticle article = deserializers.enriched().deserialize(topic, record.headers(), record.value());
            Objects.requireNonNull(article, "the enriched article deserialized to null");
            return article;
        }
        if (topic.equals(alertsTopic)) {
            Alert alert = deserializers.alerts().deserialize(topic, record.headers(), record.value());
            Objects.requireNonNull(alert, "the alert deserialized to null");
            return alert;
        }
        if (topic.equals(trendsTopic)) {
            EntityTrend trend = deserializers.trends().deserialize(topic, record.headers(), record.value());
            Objects.requireNonNull(trend, "the entity trend deserialized to null");
            return trend;
        }
        throw new IllegalArgumentException("The sink does not read topic " + topic + ".");
    }
}
