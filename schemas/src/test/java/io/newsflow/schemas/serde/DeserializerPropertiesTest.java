package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CannedRegistry;
import io.newsflow.schemas.registry.CannedRegistry.Answer;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Whatever bytes arrive on a topic, the deserializer returns a record or throws a
 * {@link SerializationException}: never another exception, a hang or an OutOfMemoryError.
 * Inputs are bounded to 4 KB and each decode to 10 s (a guard against hangs, not a speed claim).
 */
class DeserializerPropertiesTest {
    private static final String TOPIC = "news.raw";
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static CannedRegistry registry;
    private static SpecificAvroDeserializer<RawArticle> deserializer;
    private static byte[] valid;

    @BeforeContainer
    static void start() {
        String escaped = RawArticle.getClassSchema().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        registry = new CannedRegistry()
                .on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":1}"))
                .on("GET /schemas/ids/1", Answer.ok("{\"schema\":\"" + escaped + "\"}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), Map.of("retry.max.attempts", "1"));
        deserializer = new SpecificAvroDeserializer<>(client, RawArticle.class, false);
        valid = new SpecificAvroSerializer<>(client, RawArticle.class, false).serialize(TOPIC, SpecificAvroSerdeTest.fullArticle());
    }

    @AfterContainer
    static void stop() {
        registry.close();
    }

    @Property(tries = 300)
    void anyBytesGiveARecordOrASerializationException(@ForAll("anyBytes") byte[] bytes) {
        assertReadsOrRejectsCleanly(bytes);
    }

    @Property(tries = 2000)
    void anyBodyAfterAKnownSchemaIdGivesARecordOrASerializationException(@ForAll("bodiesOfKnownId") byte[] bytes) {
        assertReadsOrRejectsCleanly(bytes);
    }

    @Property(tries = 2000)
    void aValidRecordWithBytesChangedOrCutGivesARecordOrASerializationException(@ForAll("mutatedRecords") byte[] bytes) {
        assertReadsOrRejectsCleanly(bytes);
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

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<byte[]> bodiesOfKnownId() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4091).map(body -> {
            byte[] bytes = new byte[body.length + 5];
            bytes[4] = 1;
            System.arraycopy(body, 0, bytes, 5, body.length);
            return bytes;
        });
    }

    @Provide
    Arbitrary<byte[]> mutatedRecords() {
        Arbitrary<Integer> position = Arbitraries.integers().between(5, valid.length - 1);
        Arbitrary<Byte> value = Arbitraries.bytes();
        Arbitrary<Integer> cut = Arbitraries.integers().between(5, valid.length);
        return net.jqwik.api.Combinators.combine(position.list().ofMaxSize(8), value.list().ofSize(8), cut)
                .as((positions, values, length) -> {
                    byte[] bytes = valid.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        bytes[positions.get(i)] = values.get(i);
                    }
                    return java.util.Arrays.copyOf(bytes, length);
                });
    }
}
