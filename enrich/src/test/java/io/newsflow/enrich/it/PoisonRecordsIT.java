package io.newsflow.enrich.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.topology.DeadLetterDeserializationHandler;
import io.newsflow.schemas.topic.DeadLetterHeaders;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoisonRecordsIT {
    private static final Instant PUBLISHED = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void poisonRecordsInRawLandInDeadLettersWhileTheRecordsAroundThemAreEnriched() throws Exception {
        RunningEnrich env = new RunningEnrich();
        EnrichConfig config = env.config(stateDir, -1);
        env.provision(config);
        String raw = config.cluster().topics().raw();
        byte[] good = env.serdes.rawArticle().serializer().serialize(raw, Articles.raw("before", Articles.FLOOD, PUBLISHED));
        byte[] randomBytes = new byte[200];
        new Random(7).nextBytes(randomBytes);
        randomBytes[0] = 42;
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 9;
        byte[] unknownSchema = good.clone();
        ByteBuffer.wrap(unknownSchema, 1, 4).putInt(987_654);
        byte[] truncated = Arrays.copyOf(good, good.length - 40);
        byte[] poisonForEnricher = env.serdes.rawArticle().serializer().serialize(raw,
                Articles.raw("choke", "Ports " + KnownNamesEnricher.POISON, "Rotterdam text.", PUBLISHED));
        byte[] after = env.serdes.rawArticle().serializer().serialize(raw, Articles.raw("after", Articles.PORT_STRIKE, PUBLISHED));

        try (EnrichService service = env.start(config, new KnownNamesEnricher());
             var producer = env.producer();
             var enrichedConsumer = env.consumer(config.cluster().topics().enriched());
             var deadConsumer = env.consumer(config.cluster().topics().deadLetters())) {
            // one partition key for all, so "after" is behind every poison record
            long ts = PUBLISHED.toEpochMilli();
            RunningEnrich.send(producer, raw, "k", good, ts);
            RunningEnrich.send(producer, raw, "k", randomBytes, ts);
            RunningEnrich.send(producer, raw, "k", wrongMagic, ts);
            RunningEnrich.send(producer, raw, "k", unknownSchema, ts);
            RunningEnrich.send(producer, raw, "k", truncated, ts);
            RunningEnrich.send(producer, raw, "k", poisonForEnricher, ts);
            RunningEnrich.send(producer, raw, "k", after, ts);

            List<ConsumerRecord<byte[], byte[]>> enriched = new ArrayList<>();
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                RunningEnrich.pollInto(enrichedConsumer, enriched);
                RunningEnrich.pollInto(deadConsumer, dead);
                assertThat(enriched).hasSize(2);
                assertThat(dead).hasSize(5);
            });

            assertThat(enriched).extracting(r -> env.serdes.enrichedArticle().deserializer()
                    .deserialize(config.cluster().topics().enriched(), r.value())).extracting(EnrichedArticle::getId)
                    .containsExactlyInAnyOrder("before", "after");
            assertThat(dead).extracting(r -> r.value()).containsExactly(randomBytes, wrongMagic, unknownSchema, truncated,
                    poisonForEnricher);
            for (ConsumerRecord<byte[], byte[]> record : dead.subList(0, 4)) {
                assertThat(header(record, DeadLetterHeaders.STAGE)).isEqualTo(DeadLetterDeserializationHandler.STAGE);
                assertThat(header(record, DeadLetterHeaders.TOPIC)).isEqualTo(raw);
                assertThat(header(record, DeadLetterHeaders.EXCEPTION)).isNotBlank();
                assertThat(header(record, DeadLetterHeaders.MESSAGE)).isNotBlank();
                assertThat(header(record, DeadLetterHeaders.OFFSET)).matches("\\d+");
            }
            assertThat(header(dead.get(1), DeadLetterHeaders.MESSAGE)).containsIgnoringCase("magic");
            assertThat(header(dead.get(2), DeadLetterHeaders.MESSAGE)).contains("987654");
            assertThat(header(dead.get(3), DeadLetterHeaders.MESSAGE)).isNotBlank();
            assertThat(header(dead.get(4), DeadLetterHeaders.STAGE)).isEqualTo(EnrichTopology.ENRICH);
            assertThat(header(dead.get(4), DeadLetterHeaders.MESSAGE)).contains("choked");
            assertThat(service.streams().state().isRunningOrRebalancing()).isTrue();
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
