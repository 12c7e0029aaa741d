package io.newsflow.schemas.serde;

import io.newsflow.schemas.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Writes records in the Confluent wire format; shared by the specific and generic serializers.
 *
 * <p>The schema id is resolved once per topic and schema (register or look up, then cached, so a
 * registry outage does not stop a producer that has written before). Kafka Streams shares one
 * serde instance between its stream threads, so the only mutable encoding state (an output buffer
 * and Avro encoder) lives per thread; writers are immutable and shared.
 */
final class WireEncoder {
    private static final int RETAINED_BUFFER_MAX = 1 << 20;

    private final SchemaRegistryClient client;
    private final boolean isKey;
    private final boolean autoRegister;
    private final GenericData model;
    private final Map<TopicSchema, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private final ThreadLocal<Output> outputs = ThreadLocal.withInitial(Output::new);

    WireEncoder(SchemaRegistryClient client, boolean isKey, boolean autoRegister, GenericData model) {
        this.client = client;
        this.isKey = isKey;
        this.autoRegister = autoRegister;
        this.model = model;
    }

    byte[] encode(String topic, IndexedRecord record) {
        if (record == null) {
            return null;
        }
        Schema schema = record.getSchema();
        int id = schemaId(topic, schema);
        Output out = outputs.get();
        out.bytes.reset();
        out.bytes.write(WireFormat.MAGIC_BYTE);
        out.bytes.write(id >>> 24);
        out.bytes.write(id >>> 16);
        out.bytes.write(id >>> 8);
        out.bytes.write(id);
        try {
            out.encoder = EncoderFactory.get().binaryEncoder(out.bytes, out.encoder);
            writer(schema).write(record, out.encoder);
            out.encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not write a " + schema.getFullName() + " " + (isKey ? "key" : "value")
                    + " for topic '" + topic + "' in Avro: " + e.getMessage(), e);
        }
        byte[] result = out.bytes.toByteArray();
        if (out.bytes.capacity() > RETAINED_BUFFER_MAX) {
            outputs.remove();
        }
        return result;
    }

    private int schemaId(String topic, Schema schema) {
        TopicSchema key = new TopicSchema(topic, schema);
        Integer id = ids.get(key);
        if (id == null) {
            String subject = WireFormat.subject(topic, isKey);
            id = autoRegister ? client.register(subject, schema) : client.lookup(subject, schema).id();
            ids.put(key, id);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private DatumWriter<Object> writer(Schema schema) {
        return writers.computeIfAbsent(schema, s -> model instanceof SpecificData
                ? new SpecificDatumWriter<>(s, (SpecificData) model)
                : new GenericDatumWriter<>(s, model));
    }

    private record TopicSchema(String topic, Schema schema) {
    }

    /** Per-thread encoding state. */
    private static final class Output {
        final Buffer bytes = new Buffer();
        BinaryEncoder encoder;
    }

    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        int capacity() {
            return buf.length;
        }
    }
}
