package io.newsflow.enrich.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichReset;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetToInstantIT {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void resetMovesTheStoppedApplicationBackAndRefusesWhileItRuns() throws Exception {
        RunningEnrich env = new RunningEnrich();
        EnrichConfig config = env.config(stateDir, -1);
        env.provision(config);
        String raw = config.cluster().topics().raw();
        List<ConsumerRecord<byte[], byte[]>> enriched = new ArrayList<>();
        KnownNamesEnricher enricher = new KnownNamesEnricher();

        try (var producer = env.producer(); var consumer = env.consumer(config.cluster().topics().enriched());
             Admin admin = Admin.create(config.cluster().clientProperties())) {
            for (int day = 0; day < 3; day++) {
                Instant published = T1.plus(Duration.ofDays(day));
                RunningEnrich.send(producer, raw, "d" + day, env.serdes.rawArticle().serializer()
                        .serialize(raw, Articles.raw("d" + day, "Day " + day, "Rotterdam on day " + day + ".", published)),
                        published.toEpochMilli());
            }
            try (EnrichService service = env.start(config, enricher)) {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    RunningEnrich.pollInto(consumer, enriched);
                    assertThat(enriched).hasSize(3);
                });
                assertThatThrownBy(() -> new EnrichReset(admin, config).resetTo(T1))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stop every instance");
            }

            EnrichReset.Result result = new EnrichReset(admin, config).resetTo(T1.plus(Duration.ofDays(1)));
            assertThat(result.deletedTopics()).isNotEmpty().allMatch(t -> t.startsWith(config.applicationId()));
            assertThat(stateDir.resolve(config.applicationId())).doesNotExist();

            try (EnrichService again = env.start(config, enricher)) {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    RunningEnrich.pollInto(consumer, enriched);
                    assertThat(enriched).hasSize(5);
                });
            }
            assertThat(enriched.subList(3, 5)).extracting(r -> new String(r.key()))
                    .containsExactlyInAnyOrder("d1", "d2");
        }
    }
}
