package io.newsflow.enrich.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichReset;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.schemas.avro.EntityTrend;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoricalTrendsReplayIT {
    private static final Instant LIVE = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant MONTH_AGO = Instant.parse("2026-10-28T10:00:00Z");
    private static final String ROTTERDAM = "geonames:2747891";

    @TempDir
    Path stateDir;

    @Test
    void archivesLoadedIntoALiveApplicationGetTheirTrendWindowsFromAReplayWithItsOwnApplicationId() throws Exception {
        RunningEnrich env = new RunningEnrich();
        EnrichConfig live = env.config(stateDir, -1);
        env.provision(live);
        String raw = live.cluster().topics().raw();
        Map<String, EntityTrend> trends = new HashMap<>();
        KnownNamesEnricher enricher = new KnownNamesEnricher();

        try (var producer = env.producer(); var trendConsumer = env.consumer(live.cluster().topics().entityTrends());
             Admin admin = Admin.create(live.cluster().clientProperties())) {
            try (EnrichService service = env.start(live, enricher)) {
                send(env, producer, raw, "today", "Rotterdam today.", LIVE);
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    poll(env, trendConsumer, trends);
                    return trends.containsKey(ROTTERDAM + "@1m@" + LIVE.toEpochMilli());
                });
                send(env, producer, raw, "old-1", "Rotterdam strike begins.", MONTH_AGO.plusSeconds(5));
                send(env, producer, raw, "old-2", "Rotterdam strike continues.", MONTH_AGO.plusSeconds(40));
                send(env, producer, raw, "old-3", "Rotterdam strike spreads.", MONTH_AGO.plus(Duration.ofMinutes(30)));
                await().atMost(Duration.ofSeconds(90)).until(() -> enricher.calls() == 4);
                Thread.sleep(2_000); // several commit intervals: anything the live app would emit is out by now
                poll(env, trendConsumer, trends);
                assertThat(trends.keySet()).noneMatch(key -> key.endsWith("@" + MONTH_AGO.toEpochMilli()));
            }

            // The replay: its own application id, seeded at an instant before the archive, a grace spanning it.
            EnrichConfig replay = live.forReplay(env.prefix + "replay-2", 2, Duration.ofDays(60));
            new EnrichReset(admin, replay).resetTo(MONTH_AGO.minus(Duration.ofDays(1)));
            try (EnrichService service = env.start(replay, enricher)) {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    poll(env, trendConsumer, trends);
                    assertThat(trends.get(ROTTERDAM + "@1m@" + MONTH_AGO.toEpochMilli())).isNotNull()
                            .extracting(EntityTrend::getArticles).isEqualTo(2L);
                    assertThat(trends.get(ROTTERDAM + "@1h@" + MONTH_AGO.toEpochMilli())).isNotNull()
                            .extracting(EntityTrend::getArticles).isEqualTo(3L);
                    assertThat(trends.get(ROTTERDAM + "@1m@" + LIVE.toEpochMilli()).getArticles()).isEqualTo(1L);
                });
            }
        }
    }

    private static void send(RunningEnrich env, org.apache.kafka.clients.producer.KafkaProducer<String, byte[]> producer,
                             String raw, String id, String body, Instant published) throws Exception {
        RunningEnrich.send(producer, raw, id, env.serdes.rawArticle().serializer()
                .serialize(raw, Articles.raw(id, "Port " + id, body, published)), published.toEpochMilli());
    }

    private static void poll(RunningEnrich env, KafkaConsumer<byte[], byte[]> consumer, Map<String, EntityTrend> into) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> into.put(new String(r.key()),
                env.serdes.entityTrend().deserializer().deserialize(r.topic(), r.value())));
    }
}
