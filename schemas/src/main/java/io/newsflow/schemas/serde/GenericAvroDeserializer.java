package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into {@link GenericRecord}s: with a given reader schema (a
 * contract version without a generated class), or, when none is given, with each record's writer
 * schema (for tools that show whatever is on a topic). Same errors as
 * {@link SpecificAvroDeserializer}. Thread-safe.
 */
public final class GenericAvroDeserializer implements Deserializer<GenericRecord> {
    private final WireDecoder<GenericRecord> decoder;

    /** @param readerSchema the schema to read into, or null to read each record with its writer's schema */
    public GenericAvroDeserializer(SchemaRegistryClient client, Schema readerSchema, boolean isKey) {
        this.decoder = new WireDecoder<>(client, isKey, readerSchema, GenericData.get());
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        return decoder.decode(topic, data);
    }
}
