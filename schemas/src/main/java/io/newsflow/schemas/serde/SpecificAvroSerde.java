package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A generated Avro class as a Kafka {@link Serde} in the Confluent wire format: what Kafka Streams
 * topologies and clients take. Built with its registry client rather than configured through
 * properties, so there is one client (and one cache) per process and nothing to misconfigure.
 * One instance may be shared by every stream thread.
 *
 * @param <T> the generated class
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;

    public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type, boolean isKey) {
        this(client, type, isKey, true);
    }

    /** @param autoRegister false: the serializer only looks its schema up (registered at start-up by the registrar) */
    public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type, boolean isKey, boolean autoRegister) {
        this.serializer = new SpecificAvroSerializer<>(client, type, isKey, autoRegister);
        this.deserializer = new SpecificAvroDeserializer<>(client, type, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
