package io.newsflow.enrich.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.trend.TopEntity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsAcrossInstancesIT {
    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    @Test
    void topEntitiesOfTheLastHourAreTheSameWhicheverInstanceIsAsked() throws Exception {
        RunningEnrich env = new RunningEnrich();
        EnrichConfig configA = env.config(stateA, 0);
        EnrichConfig configB = env.config(stateB, 0);
        env.provision(configA);
        KnownNamesEnricher enricher = new KnownNamesEnricher();
        String raw = configA.cluster().topics().raw();

        try (EnrichService a = env.start(configA, enricher);
             EnrichService b = env.start(configB, enricher);
             var producer = env.producer()) {
            List<String> texts = List.of("Rotterdam port reopens.", "Rotterdam and FNV sign a deal.",
                    "Niek Stam of FNV speaks in Rotterdam.", "Danube floods reach Vienna.", "Vienna braces for the Danube.",
                    "Putin speaks of Kyiv.", "Rotterdam again.");
            for (int i = 0; i < texts.size(); i++) {
                Instant published = AT.minus(Duration.ofMinutes(50 - i * 5));
                byte[] value = env.serdes.rawArticle().serializer().serialize(raw,
                        Articles.raw("n" + i, "Note " + i, texts.get(i), published));
                RunningEnrich.send(producer, raw, "n" + i, value, published.toEpochMilli());
            }
            List<String> expected = List.of("geonames:2747891", // Rotterdam: 4 articles
                    "geonames:2761369", "loc:danube", "org:fnv", // 2 articles, 2 mentions each: by id
                    "geonames:703448", "person:niek-stam", "person:vladimir-putin");

            String query = "/trends/top?period=hour&n=10&at=" + AT.toEpochMilli();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                List<TopEntity> fromA = get(a, query);
                List<TopEntity> fromB = get(b, query);
                assertThat(fromA).extracting(TopEntity::entityId).containsExactlyElementsOf(expected);
                assertThat(fromB).isEqualTo(fromA);
            });
            List<TopEntity> top = get(a, query);
            assertThat(top.get(0).articles()).isEqualTo(4);
            assertThat(top.get(1).articles()).isEqualTo(2);

            // Each instance holds only its entities; together they hold all of them.
            String local = "/trends/top/local?period=hour&n=10&at=" + AT.toEpochMilli();
            Set<String> union = new HashSet<>();
            get(a, local).forEach(e -> union.add(e.entityId()));
            int onA = union.size();
            get(b, local).forEach(e -> assertThat(union.add(e.entityId())).isTrue());
            assertThat(union).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(a.streams().streamsMetadataForStore("trends-1m")).hasSize(2);

            // One entity is answered by its owner, whoever is asked.
            for (EnrichService asked : List.of(a, b)) {
                String body = body(asked, "/trends/entities/geonames:2747891?period=hour&at=" + AT.toEpochMilli());
                assertThat(json.readValue(body, TopEntity.class).articles()).isEqualTo(4);
            }
            assertThat(onA).isBetween(0, expected.size());
        }
    }

    private List<TopEntity> get(EnrichService instance, String path) throws Exception {
        return json.readValue(body(instance, path), new TypeReference<List<TopEntity>>() {});
    }

    private String body(EnrichService instance, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + instance.httpPort().orElseThrow() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
