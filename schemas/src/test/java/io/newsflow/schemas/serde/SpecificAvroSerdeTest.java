package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CannedRegistry;
import io.newsflow.schemas.registry.CannedRegistry.Answer;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Confluent wire format, byte for byte, and every way a record can fail to be read. */
class SpecificAvroSerdeTest {
    private static final String TOPIC = "news.raw";
    private static final String RAW_ESCAPED = RawArticle.getClassSchema().toString().replace("\\", "\\\\").replace("\"", "\\\"");

    private final CannedRegistry registry = new CannedRegistry()
            .on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":42}"))
            .on("POST /subjects/news.raw-key/versions", Answer.ok("{\"id\":43}"))
            .on("GET /schemas/ids/42", Answer.ok("{\"schema\":\"" + RAW_ESCAPED + "\",\"references\":[]}"))
            .on("GET /schemas/ids/666", Answer.error(404, 40403, "Schema 666 not found"));
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), Map.of("retry.backoff.ms", "1"));
    private final SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>(client, RawArticle.class, false);

    @AfterEach
    void stop() {
        registry.close();
    }

    static RawArticle minimalArticle() {
        return RawArticle.newBuilder()
                .setId("a1").setTitle("T").setBody("B").setSource("S")
                .setPublishedAt(Instant.ofEpochMilli(1000)).setFetchedAt(Instant.ofEpochMilli(2000))
                .setContentHash("h")
                .build();
    }

    static RawArticle fullArticle() {
        return RawArticle.newBuilder()
                .setId("3f2a").setUrl("https://example.org/a?utm_source=x").setCanonicalUrl("https://example.org/a")
                .setGuid("urn:x:1").setTitle("US negotiators meet Putin").setSummary("Talks in Moscow.")
                .setBody("First paragraph.\n\nSecond paragraph with ünïcödé and emoji \uD83D\uDCF0.")
                .setAuthors(List.of("A. Writer", "B. Editor")).setCategories(List.of("world", "europe"))
                .setSource("Example News").setFeedUrl("https://example.org/rss").setSiteUrl("https://example.org")
                .setPublishedAt(Instant.parse("2025-12-02T10:15:30.123Z")).setPublishedAtEstimated(true)
                .setUpdatedAt(Instant.parse("2025-12-02T11:00:00Z")).setFetchedAt(Instant.parse("2025-12-02T11:05:00Z"))
                .setLanguageHint("en-GB").setContentHash("ab".repeat(32)).setRevision(3).setOrigin("page")
                .build();
    }

    @Test
    void writesMagicByteBigEndianSchemaIdAndAvroBody() {
        byte[] bytes = serde.serializer().serialize(TOPIC, minimalArticle());

        // magic 0 | id 42 | "a1" | url, canonicalUrl, guid null | "T" | summary null | "B" | [] | [] | "S"
        // | feedUrl, siteUrl null | publishedAt 1000 | false | updatedAt null | fetchedAt 2000 | languageHint null
        // | "h" | revision 1 | "feed"
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(
                "00" + "0000002a" + "046131" + "000000" + "0254" + "00" + "0242" + "00" + "00" + "0253"
                        + "0000" + "d00f" + "00" + "00" + "a01f" + "00" + "0268" + "02" + "0866656564");
    }

    @Test
    void keysUseTheKeySubject() {
        SpecificAvroSerializer<RawArticle> keys = new SpecificAvroSerializer<>(client, RawArticle.class, true);

        byte[] bytes = keys.serialize(TOPIC, minimalArticle());

        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0, 0, 0, 0, 43);
        assertThat(registry.count("POST /subjects/news.raw-key/versions")).isEqualTo(1);
    }

    @Test
    void roundTripsEveryField() {
        RawArticle article = fullArticle();

        RawArticle back = serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, article));

        assertThat(back).isEqualTo(article);
    }

    @Test
    void registersOnceAndFetchesTheWriterSchemaOnce() {
        for (int i = 0; i < 100; i++) {
            serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, minimalArticle()));
        }

        assertThat(registry.count("POST /subjects/news.raw-value/versions")).isEqualTo(1);
        assertThat(registry.count("GET /schemas/ids/42")).as("the id is known from registering").isZero();
    }

    @Test
    void aFreshDeserializerFetchesTheWriterSchemaByIdOnce() {
        byte[] bytes = serde.serializer().serialize(TOPIC, minimalArticle());
        SchemaRegistryClient otherProcess = new SchemaRegistryClient(registry.url(), Map.of());
        SpecificAvroDeserializer<RawArticle> reader = new SpecificAvroDeserializer<>(otherProcess, RawArticle.class, false);

        for (int i = 0; i < 10; i++) {
            assertThat(reader.deserialize(TOPIC, bytes)).isEqualTo(minimalArticle());
        }
        assertThat(registry.count("GET /schemas/ids/42")).isEqualTo(1);
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
    }

    @Test
    void rejectsRecordTooShortForTheHeader() {
        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {0, 0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'news.raw'").hasMessageContaining("too short").hasMessageContaining("3 bytes");
    }

    @Test
    void rejectsRecordWithoutTheMagicByte() {
        byte[] json = "{\"id\":\"a1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'news.raw'").hasMessageContaining("0x7b").hasMessageContaining("magic byte");
    }

    @Test
    void rejectsUnknownSchemaIdAsARecordError() {
        byte[] bytes = serde.serializer().serialize(TOPIC, minimalArticle());
        bytes[3] = 0x02;
        bytes[4] = (byte) 0x9a; // id 666

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'news.raw'").hasMessageContaining("schema id 666").hasMessageContaining(registry.url())
                .hasCauseInstanceOf(SchemaRegistryException.class);
    }

    @Test
    void rejectsTruncatedBody() {
        byte[] bytes = serde.serializer().serialize(TOPIC, fullArticle());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 10);

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'news.raw'").hasMessageContaining("truncated or corrupt Avro body")
                .hasMessageContaining("schema id 42");
    }

    @Test
    void rejectsBytesLeftOverAfterTheRecord() {
        byte[] bytes = serde.serializer().serialize(TOPIC, minimalArticle());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, longer))
                .isInstanceOf(SerializationException.class).hasMessageContaining("2 bytes are left over");
    }

    @Test
    void rejectsAHugeClaimedStringLengthWithoutAllocatingIt() {
        // id 42, then the first field (a string) claims 0x70000000 bytes: Avro's own decoder allocates 1.8 GB here
        byte[] hostile = {0, 0, 0, 0, 42, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x0e, 1, 2, 3};

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, hostile))
                .isInstanceOf(SerializationException.class).hasMessageContaining("exceeds the 3 bytes left");
    }

    @Test
    void rejectsAHugeClaimedArrayWithoutAllocatingIt() {
        byte[] valid = serde.serializer().serialize(TOPIC, minimalArticle());
        // replace the empty authors array (after "a1", three nulls, "T", null, "B") with a block of 2^28 items
        int authorsAt = 5 + 3 + 3 + 2 + 1 + 2;
        assertThat(valid[authorsAt]).isZero();
        byte[] hostile = new byte[valid.length + 4];
        System.arraycopy(valid, 0, hostile, 0, authorsAt);
        byte[] count = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x02};
        System.arraycopy(count, 0, hostile, authorsAt, count.length);
        System.arraycopy(valid, authorsAt + 1, hostile, authorsAt + count.length, valid.length - authorsAt - 1);

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, hostile))
                .isInstanceOf(SerializationException.class).hasMessageContaining("array block of 268435456 items");
    }

    @Test
    void aWriterSchemaTheClassCannotReadIsARecordErrorNamingBoth() {
        registry.on("GET /schemas/ids/7", Answer.ok("{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Other\\\","
                + "\\\"namespace\\\":\\\"x\\\",\\\"fields\\\":[]}\"}"));

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {0, 0, 0, 0, 7}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 7 (x.Other)").hasMessageContaining("io.newsflow.schemas.avro.RawArticle cannot read");
    }

    @Test
    void anUnreachableRegistryIsNotBlamedOnTheRecord() {
        SchemaRegistryClient down = new SchemaRegistryClient("http://127.0.0.1:1", Map.of("retry.max.attempts", "1"));
        SpecificAvroDeserializer<RawArticle> reader = new SpecificAvroDeserializer<>(down, RawArticle.class, false);

        assertThatThrownBy(() -> reader.deserialize(TOPIC, new byte[] {0, 0, 0, 0, 42, 0}))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("Schema Registry at http://127.0.0.1:1 is unreachable");
    }

    @Test
    void aRecordAvroCannotWriteIsASerializationErrorNamingTheTopic() {
        RawArticle broken = minimalArticle();
        broken.setTitle(null);

        assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'news.raw'").hasMessageContaining("io.newsflow.schemas.avro.RawArticle");
    }
}
