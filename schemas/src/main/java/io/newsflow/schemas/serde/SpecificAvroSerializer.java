package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a generated Avro class in the Confluent wire format under the subject
 * {@code <topic>-value} (or {@code -key}), registering its schema on first use (or, with
 * {@code autoRegister=false}, only looking it up: for producers that must not create contracts).
 *
 * <p>Null is written as null (a tombstone). A record Avro cannot write (a required field left null)
 * is a {@link org.apache.kafka.common.errors.SerializationException}; a registry that cannot be
 * reached or refuses the schema is a {@link io.newsflow.schemas.registry.SchemaRegistryException}.
 * Thread-safe.
 *
 * @param <T> the generated class
 */
public final class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    private final WireEncoder encoder;

    public SpecificAvroSerializer(SchemaRegistryClient client, Class<T> type, boolean isKey) {
        this(client, type, isKey, true);
    }

    public SpecificAvroSerializer(SchemaRegistryClient client, Class<T> type, boolean isKey, boolean autoRegister) {
        this.encoder = new WireEncoder(client, isKey, autoRegister, SpecificData.getForClass(type));
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return encoder.encode(topic, data);
    }
}
