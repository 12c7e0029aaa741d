package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes any {@link GenericRecord} in the Confluent wire format, with the record's own schema.
 *
 * <p>For tools and tests that speak a contract version newsflow has no generated class for: a
 * producer of a v2 RawArticle next to v1 code, chaos scenarios, replays of foreign data. Timestamps
 * are plain longs here (no logical-type conversions). Thread-safe.
 */
public final class GenericAvroSerializer implements Serializer<GenericRecord> {
    private final WireEncoder encoder;

    public GenericAvroSerializer(SchemaRegistryClient client, boolean isKey) {
        this(client, isKey, true);
    }

    public GenericAvroSerializer(SchemaRegistryClient client, boolean isKey, boolean autoRegister) {
        this.encoder = new WireEncoder(client, isKey, autoRegister, GenericData.get());
    }

    @Override
    public byte[] serialize(String topic, GenericRecord data) {
        return encoder.encode(topic, data);
    }
}
