package io.newsflow.enrich.alert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Plain Avro binary without a registry: enough for topology tests, which only need the bytes to round-trip. */
final class AvroTestSerde<T extends SpecificRecord> implements Serde<T> {
    private final Class<T> type;

    AvroTestSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(type);
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            try {
                writer.write(value, encoder);
                encoder.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
