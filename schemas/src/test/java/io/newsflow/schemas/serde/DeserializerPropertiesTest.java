package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CannedRegistry;
import io.newsflow.schemas.registry.CannedRegistry.Answer;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.testkit.RandomInputs;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes arrive on a topic, the deserializer returns a record or throws a
 * {@link SerializationException}: never another exception, a hang or an OutOfMemoryError.
 * Inputs are bounded to 4 KB and each decode to 10 s (a guard against hangs, not a speed claim).
 * Seeded samples from {@link RandomInputs}: a failure names the seed that replays it.
 */
class DeserializerPropertiesTest {
    private static final String TOPIC = "news.raw";
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static CannedRegistry registry;
    private static SpecificAvroDeserializer<RawArticle> deserializer;
    private static byte[] valid;

    @BeforeAll
    static void start() {
        String escaped = RawArticle.getClassSchema().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        registry = new CannedRegistry()
                .on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":1}"))
                .on("GET /schemas/ids/1", Answer.ok("{\"schema\":\"" + escaped + "\"}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), Map.of("retry.max.attempts", "1"));
        deserializer = new SpecificAvroDeserializer<>(client, RawArticle.class, false);
        valid = new SpecificAvroSerializer<>(client, RawArticle.class, false).serialize(TOPIC, SpecificAvroSerdeTest.fullArticle());
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void anyBytesGiveARecordOrASerializationException() {
        RandomInputs.forSamples(0x5EED_0101L, 300, (sample, in) -> assertReadsOrRejectsCleanly(in.bytes(4096)));
    }

    @Test
    void anyBodyAfterAKnownSchemaIdGivesARecordOrASerializationException() {
        RandomInputs.forSamples(0x5EED_0102L, 2000, (sample, in) -> assertReadsOrRejectsCleanly(withKnownSchemaId(in.bytes(4091))));
    }

    @Test
    void aValidRecordWithBytesChangedOrCutGivesARecordOrASerializationException() {
        // Changes and cuts stay after the 5-byte header (magic byte + schema id) so the body is what gets damaged.
        RandomInputs.forSamples(0x5EED_0103L, 2000, (sample, in) -> assertReadsOrRejectsCleanly(in.cut(in.overwrite(valid, 5, 8), 5)));
    }

    private static byte[] withKnownSchemaId(byte[] body) {
        byte[] bytes = new byte[body.length + 5];
        bytes[4] = 1;
        System.arraycopy(body, 0, bytes, 5, body.length);
        return bytes;
    }

    private static void assertReadsOrRejectsCleanly(byte[] bytes) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                assertThat(deserializer.deserialize(TOPIC, bytes)).isNotNull();
            } catch (SerializationException expected) {
                assertThat(expected.getMessage()).contains("'news.raw'");
            }
        });
    }
}
