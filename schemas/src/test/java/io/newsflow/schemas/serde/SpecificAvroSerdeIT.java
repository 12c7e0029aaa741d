package io.newsflow.schemas.serde;

import static io.newsflow.schemas.registry.RegistryForTests.fixture;
import static io.newsflow.schemas.serde.SpecificAvroSerdeTest.fullArticle;
import static io.newsflow.schemas.serde.SpecificAvroSerdeTest.minimalArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CompatibilityLevel;
import io.newsflow.schemas.registry.RegistryForTests;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The wire format and schema evolution through a real registry (Apicurio). */
class SpecificAvroSerdeIT {
    private static final Schema V2_WITH_DEFAULT = fixture("raw-article-v2-new-field-with-default.avsc");

    private final String topic = "it" + UUID.randomUUID().toString().substring(0, 8) + ".raw";
    private final SchemaRegistryClient producerSide = new SchemaRegistryClient(RegistryForTests.url(), Map.of());
    private final SchemaRegistryClient consumerSide = new SchemaRegistryClient(RegistryForTests.url(), Map.of());

    @Test
    void writesTheExactWireBytesWithTheIdTheRegistryGave() {
        byte[] bytes = new SpecificAvroSerializer<>(producerSide, RawArticle.class, false).serialize(topic, minimalArticle());

        int id = consumerSide.lookup(topic + "-value", RawArticle.getClassSchema()).id();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(HexFormat.of().formatHex(Arrays.copyOfRange(bytes, 5, bytes.length))).isEqualTo(
                "046131" + "000000" + "0254" + "00" + "0242" + "00" + "00" + "0253"
                        + "0000" + "d00f" + "00" + "00" + "a01f" + "00" + "0268" + "02" + "0866656564");
    }

    @Test
    void roundTripsBetweenProcessesThatShareOnlyTheRegistry() {
        byte[] bytes = new SpecificAvroSerde<>(producerSide, RawArticle.class, false).serializer().serialize(topic, fullArticle());

        RawArticle back = new SpecificAvroSerde<>(consumerSide, RawArticle.class, false).deserializer().deserialize(topic, bytes);

        assertThat(back).isEqualTo(fullArticle());
    }

    @Test
    void newCodeReadsOldRecordsWithTheNewFieldsDefault() {
        byte[] v1Bytes = new SpecificAvroSerializer<>(producerSide, RawArticle.class, false).serialize(topic, fullArticle());

        GenericRecord asV2 = new GenericAvroDeserializer(consumerSide, V2_WITH_DEFAULT, false).deserialize(topic, v1Bytes);

        assertThat(asV2.get("paywalled")).isEqualTo(false);
        assertThat(asV2.get("title").toString()).isEqualTo(fullArticle().getTitle());
        assertThat(asV2.get("publishedAt")).isEqualTo(fullArticle().getPublishedAt().toEpochMilli());
    }

    @Test
    void oldCodeReadsNewRecordsIgnoringTheNewField() {
        new SpecificAvroSerializer<>(producerSide, RawArticle.class, false).serialize(topic, minimalArticle());
        producerSide.setSubjectCompatibility(topic + "-value", CompatibilityLevel.BACKWARD);
        GenericRecord v2 = asV2(fullArticle(), true);

        byte[] v2Bytes = new GenericAvroSerializer(producerSide, false).serialize(topic, v2);
        RawArticle read = new SpecificAvroDeserializer<>(consumerSide, RawArticle.class, false).deserialize(topic, v2Bytes);

        assertThat(producerSide.versions(topic + "-value")).containsExactly(1, 2);
        assertThat(read).isEqualTo(fullArticle());
    }

    @Test
    void anUnknownSchemaIdIsASerializationError() {
        byte[] bytes = {0, 0x3a, (byte) 0xde, 0x68, (byte) 0xb1, 2, 0x61};

        assertThatThrownBy(() -> new SpecificAvroDeserializer<>(consumerSide, RawArticle.class, false).deserialize(topic, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 987654321").hasMessageContaining(RegistryForTests.url())
                .hasMessageContaining("'" + topic + "'");
    }

    static GenericRecord asV2(RawArticle article, boolean paywalled) {
        GenericData.Record record = new GenericData.Record(V2_WITH_DEFAULT);
        for (Schema.Field field : RawArticle.getClassSchema().getFields()) {
            Object value = article.get(field.name());
            record.put(field.name(), value instanceof Instant ? ((Instant) value).toEpochMilli() : value);
        }
        record.put("paywalled", paywalled);
        return record;
    }
}
