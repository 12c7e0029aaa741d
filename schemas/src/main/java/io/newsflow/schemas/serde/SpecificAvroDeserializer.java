package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into a generated Avro class, resolving the writer's schema
 * (fetched by id, cached) against the class's own: records of an older or newer compatible version
 * read fine, new fields take their defaults and unknown ones are skipped.
 *
 * <p>Null is read as null (a tombstone). Bytes that are not a readable record (too short, wrong
 * magic byte, unknown schema id, truncated or corrupt body, a writer schema this class cannot read)
 * are a {@link org.apache.kafka.common.errors.SerializationException} naming the topic and the
 * fault, fit for a dead-letter topic; an unreachable registry is a
 * {@link io.newsflow.schemas.registry.SchemaRegistryException} instead, since the record is not at
 * fault. Thread-safe.
 *
 * @param <T> the generated class
 */
public final class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private final WireDecoder<T> decoder;

    public SpecificAvroDeserializer(SchemaRegistryClient client, Class<T> type, boolean isKey) {
        SpecificData model = SpecificData.getForClass(type);
        this.decoder = new WireDecoder<>(client, isKey, model.getSchema(type), model);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return decoder.decode(topic, data);
    }
}
