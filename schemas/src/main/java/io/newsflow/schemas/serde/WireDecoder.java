package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.Incompatibilities;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads records in the Confluent wire format; shared by the specific and generic deserializers.
 *
 * <p>One resolving reader is built per writer schema id (writer schema fetched from the registry
 * once, resolved against the reader schema) and cached, together with the verdict when the reader
 * cannot read that writer at all, so neither the registry nor Avro's schema resolution is consulted
 * again for ids already met. Decoding state is per thread because Kafka Streams shares one serde
 * between its threads.
 *
 * @param <T> what the reader produces
 */
final class WireDecoder<T> {
    private final SchemaRegistryClient client;
    private final boolean isKey;
    private final Schema readerSchema;
    private final GenericData model;
    private final Map<Integer, Reading<T>> readings = new ConcurrentHashMap<>();
    private final ThreadLocal<BoundedBinaryDecoder> decoders = ThreadLocal.withInitial(BoundedBinaryDecoder::new);

    /**
     * @param readerSchema the schema to read into; null reads each record with its writer's schema
     */
    WireDecoder(SchemaRegistryClient client, boolean isKey, Schema readerSchema, GenericData model) {
        this.client = client;
        this.isKey = isKey;
        this.readerSchema = readerSchema;
        this.model = model;
    }

    T decode(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException(where(topic) + " is too short for the Confluent wire format: " + data.length
                    + " bytes, where the magic byte and the 4-byte schema id alone take 5");
        }
        if (data[0] != WireFormat.MAGIC_BYTE) {
            throw new SerializationException(where(topic) + " is not in the Confluent wire format: its first byte is "
                    + String.format("0x%02x", data[0] & 0xff) + ", not the magic byte 0x00 (" + data.length + " bytes)");
        }
        int id = (data[1] & 0xff) << 24 | (data[2] & 0xff) << 16 | (data[3] & 0xff) << 8 | (data[4] & 0xff);
        Reading<T> reading = readings.get(id);
        if (reading == null) {
            reading = reading(topic, id);
        }
        if (reading.refusal() != null) {
            throw new SerializationException(where(topic) + " " + reading.refusal());
        }
        BoundedBinaryDecoder decoder = decoders.get().reset(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE);
        T value;
        int left;
        try {
            value = reading.reader().read(null, decoder);
            left = decoder.remaining();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(where(topic) + " has a truncated or corrupt Avro body (schema id " + id + ", "
                    + data.length + " bytes): " + e.getMessage(), e);
        } finally {
            decoder.release();
        }
        if (left != 0) {
            throw new SerializationException(where(topic) + " has a corrupt Avro body (schema id " + id + ", " + data.length
                    + " bytes): " + left + " bytes are left over after the record");
        }
        return value;
    }

    private Reading<T> reading(String topic, int id) {
        Schema writer;
        try {
            writer = client.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || (e.status() == 404 && !e.isTransient())) {
                // the record's fault, not the registry's: do not cache, the id may yet be registered
                throw new SerializationException(where(topic) + " carries schema id " + id + ", which the Schema Registry at "
                        + client.url() + " does not know (error code " + e.errorCode() + ")", e);
            }
            throw e;
        }
        Reading<T> reading = reading(id, writer);
        Reading<T> previous = readings.putIfAbsent(id, reading);
        return previous != null ? previous : reading;
    }

    @SuppressWarnings("unchecked")
    private Reading<T> reading(int id, Schema writer) {
        Schema reader = readerSchema != null ? readerSchema : writer;
        List<String> problems = Incompatibilities.explain(reader, writer);
        if (!problems.isEmpty()) {
            return new Reading<>(null, "was written with schema id " + id + " (" + writer.getFullName() + "), which "
                    + reader.getFullName() + " cannot read: " + String.join("; ", problems));
        }
        DatumReader<T> datumReader = model instanceof SpecificData
                ? new SpecificDatumReader<>(writer, reader, (SpecificData) model)
                : new GenericDatumReader<>(writer, reader, model);
        return new Reading<>(datumReader, null);
    }

    private String where(String topic) {
        return (isKey ? "Key" : "Value") + " of a record in topic '" + topic + "'";
    }

    /** How records of one writer schema id are read, or why they cannot be. */
    private record Reading<T>(DatumReader<T> reader, String refusal) {
    }
}
