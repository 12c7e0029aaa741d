package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.dashboard.live.InProcessLiveFeed;
import io.newsflow.dashboard.rules.RuleStore;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.jdbc.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the dashboard's HTTP API promises, run against each store (SQLite, PostgreSQL) by a subclass.
 * The store holds a news day of real-shaped articles (the seed article among them) written as the
 * sink writes them; the clock is fixed so "the last hour" is the same on every run.
 */
abstract class DashboardApiContract {
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final String TOKEN = "a-token-of-sufficient-length";

    @TempDir
    Path dir;
    Database database;
    DataSource store;
    DashboardServer server;
    InProcessLiveFeed feed;
    List<EnrichedArticle> articles;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper mapper = new ObjectMapper();

    abstract Database open(Path dir);

    @BeforeEach
    void fillStoreAndStart() {
        database = open(dir);
        store = database.dataSource();
        articles = new FixtureArticles().load("articles-of-a-news-day.json", NOW);
        new StoreFixture(database).write(articles, List.of(
                alert("alert-1", "ukraine-watch", "Ukraine watch", "kyiv-drone-strikes", NOW.minusSeconds(7000)),
                alert("alert-2", "ukraine-watch", "Ukraine watch", "seed-putin-talks", NOW.minusSeconds(200))), true);
        start(DashboardConfig.local(0), Optional.of(new InMemoryRuleStore()));
    }

    void start(DashboardConfig config, Optional<RuleStore> rules) {
        if (server != null) {
            server.close();
        }
        feed = new InProcessLiveFeed();
        server = new DashboardServer(config, store, feed, rules, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Clock.fixed(NOW, ZoneOffset.UTC));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        TestStores.dispose(database);
    }

    static Alert alert(String id, String ruleId, String ruleName, String articleId, Instant at) {
        return Alert.newBuilder().setAlertId(id).setRuleId(ruleId).setRuleName(ruleName).setRuleVersion(1)
                .setArticleId(articleId).setTitle("Title of " + articleId).setUrl("https://news.example.org/" + articleId)
                .setSource("Seed Wire").setPublishedAt(at.minusSeconds(30)).setAlertedAt(at).setTone(-0.3)
                .setEntities(List.of("Ukraine", "Kyiv")).setSnippets(List.of("talks on [[Ukraine]] continue"))
                .setDuplicateCount(0).build();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get(field).asText()));
        return ids;
    }

    List<String> articleIds(String query) throws Exception {
        return ids(json("/api/articles" + query), "id");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    HttpResponse<String> postRule(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/api/rules"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (Stream.of(headers).noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- articles ---------------------------------------------------------------------------------

    @Test
    void listsNewestArticlesFirstWithoutCopiesOfAStory() throws Exception {
        assertThat(articleIds("")).containsExactly("seed-putin-talks", "energy-reactor-restart", "markets-ecb-rates",
                "storm-flooding-valencia", "tech-chip-plant", "kyiv-drone-strikes", "football-haaland");
        assertThat(articleIds("?duplicates=true")).contains("kyiv-drone-strikes-copy").hasSize(8);
        assertThat(articleIds("?limit=2")).containsExactly("seed-putin-talks", "energy-reactor-restart");
    }

    @Test
    void cardsCarrySourceTimeToneAndTheMostSalientEntities() throws Exception {
        JsonNode seed = json("/api/articles?limit=1").get(0);
        assertThat(seed.get("source").asText()).isEqualTo("Seed Wire");
        assertThat(seed.get("publishedAt").asText()).isEqualTo(NOW.minusSeconds(240).toString());
        assertThat(seed.get("tone").asDouble()).isEqualTo(-0.21);
        assertThat(ids(seed.get("entities"), "name")).hasSize(6).startsWith("Vladimir Putin", "Jared Kushner");
        assertThat(seed.get("entities").get(0).get("type").asText()).isEqualTo("PERSON");
        assertThat(seed.get("excerpt").asText()).startsWith("Top US negotiators met Russian President");
    }

    @Test
    void searchesTheFullTextOfTitlesAndBodies() throws Exception {
        assertThat(articleIds("?q=reactor")).containsExactly("energy-reactor-restart");
        assertThat(articleIds("?q=Zelensky")).containsExactly("seed-putin-talks", "kyiv-drone-strikes");
        assertThat(articleIds("?q=" + encode("\"air defence\""))).containsExactly("kyiv-drone-strikes");
        assertThat(articleIds("?q=" + encode("floods or Guardiola"))).containsExactly("storm-flooding-valencia", "football-haaland");
        assertThat(articleIds("?q=" + encode("Kyiv -Kremlin"))).containsExactly("kyiv-drone-strikes");
    }

    @Test
    void searchTextIsNeverASyntaxError() throws Exception {
        for (String hostile : List.of("\"C++ (beta", "NOT", "AND OR", "title:x*", "');DROP TABLE articles;--", "-", "\"\"", "Ukraine)")) {
            HttpResponse<String> response = get("/api/articles?q=" + encode(hostile));
            assertThat(response.statusCode()).as(hostile + " -> " + response.body()).isEqualTo(200);
        }
        assertThat(articleIds("")).hasSize(7);
    }

    @Test
    void filtersByEntityAndPublicationTime() throws Exception {
        assertThat(articleIds("?entity=" + encode("place:kyiv"))).containsExactly("seed-putin-talks", "kyiv-drone-strikes");
        assertThat(articleIds("?entity=" + encode("place:kyiv") + "&from=" + NOW.minusSeconds(3600)))
                .containsExactly("seed-putin-talks");
        assertThat(articleIds("?from=" + NOW.minus(Duration.ofMinutes(50)) + "&to=" + NOW.minus(Duration.ofMinutes(12))))
                .containsExactly("markets-ecb-rates", "storm-flooding-valencia");
        assertThat(articleIds("?q=defence&entity=" + encode("person:volodymyr-zelensky"))).containsExactly("kyiv-drone-strikes");
    }

    @Test
    void rejectsMalformedParametersNamingThem() throws Exception {
        HttpResponse<String> badTime = get("/api/articles?from=yesterday");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(badTime.body()).get("error").asText())
                .isEqualTo("Parameter 'from' must be an ISO-8601 instant such as 2026-11-28T10:00:00Z, but it is 'yesterday'.");
        assertThat(get("/api/articles?limit=100000").statusCode()).isEqualTo(400);
        assertThat(get("/api/articles?from=" + NOW + "&to=" + NOW.minusSeconds(1)).statusCode()).isEqualTo(400);
        assertThat(get("/api/entities/top?window=1w").body()).contains("window must be one of 1h, 1d");
    }

    @Test
    void articleViewHasMentionOffsetsIntoTitleAndBody() throws Exception {
        JsonNode article = json("/api/articles/seed-putin-talks");
        String text = article.get("title").asText() + "\n\n" + article.get("body").asText();
        assertThat(article.get("mentions").size()).isGreaterThan(30);
        for (JsonNode mention : article.get("mentions")) {
            assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("text").asText());
        }
        JsonNode first = article.get("mentions").get(0);
        assertThat(first.get("text").asText()).isEqualTo("US");
        assertThat(first.get("start").asInt()).isZero();
        assertThat(ids(article.get("entities"), "id")).contains("place:kyiv", "person:vladimir-putin").hasSize(17);
    }

    @Test
    void unknownArticleIsA404WithASentence() throws Exception {
        HttpResponse<String> response = get("/api/articles/no-such-article");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"No stored article has this id.\"}");
    }

    // ---- entities ---------------------------------------------------------------------------------

    @Test
    void trendingOfTheLastHourSumsMinuteWindowsUpToTheNewestData() throws Exception {
        JsonNode top = json("/api/entities/top?window=1h&limit=5");
        assertThat(top.get("to").asText()).isEqualTo(NOW.minus(Duration.ofMinutes(3)).toString());
        assertThat(top.get("from").asText()).isEqualTo(NOW.minus(Duration.ofMinutes(63)).toString());
        JsonNode first = top.get("entities").get(0);
        assertThat(first.get("id").asText()).isEqualTo("place:ukraine");
        assertThat(first.get("articles").asLong()).isEqualTo(2);
        assertThat(top.get("entities")).hasSize(5);
    }

    @Test
    void trendingOfTheLastDayCountsEachArticleOnceDespiteHoppingWindows() throws Exception {
        JsonNode top = json("/api/entities/top?window=1d&limit=50");
        List<String> ids = ids(top.get("entities"), "id");
        assertThat(ids).doesNotContain("person:erling-haaland");
        top.get("entities").forEach(entity -> assertThat(entity.get("articles").asLong()).isBetween(1L, 2L));
        JsonNode kyiv = top.get("entities").get(ids.indexOf("place:kyiv"));
        assertThat(kyiv.get("articles").asLong()).isEqualTo(2);
        assertThat(kyiv.get("tone").asDouble()).isCloseTo((-0.2 - 0.62) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void toneOverTimeIsTheMeanEntityToneOfEachBucket() throws Exception {
        JsonNode series = json("/api/entities/" + encode("place:kyiv") + "/tone?bucket=1h");
        assertThat(series.get("entity").get("name").asText()).isEqualTo("Kyiv");
        assertThat(series.get("bucket").asText()).isEqualTo("PT1H");
        JsonNode points = series.get("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("start").asText()).isEqualTo("2026-11-28T07:00:00Z");
        assertThat(points.get(0).get("tone").asDouble()).isEqualTo(-0.62);
        assertThat(points.get(1).get("start").asText()).isEqualTo("2026-11-28T09:00:00Z");
        assertThat(points.get(1).get("tone").asDouble()).isEqualTo(-0.2);

        JsonNode daily = json("/api/entities/" + encode("place:kyiv") + "/tone?from=2026-11-20T00:00:00Z&to=2026-11-29T00:00:00Z&bucket=1d");
        assertThat(daily.get("points")).hasSize(1);
        assertThat(daily.get("points").get(0).get("articles").asLong()).isEqualTo(2);
        assertThat(get("/api/entities/" + encode("place:kyiv") + "/tone?from=2020-01-01T00:00:00Z&bucket=1m").statusCode()).isEqualTo(400);
        assertThat(get("/api/entities/nobody/tone").statusCode()).isEqualTo(404);
    }

    @Test
    void findsEntitiesByPartOfTheirName() throws Exception {
        assertThat(ids(json("/api/entities?q=ky"), "id")).containsExactly("place:kyiv", "person:volodymyr-zelensky");
        assertThat(ids(json("/api/entities?q=" + encode("%")), "id")).isEmpty();
        assertThat(ids(json("/api/entities?q=Zel"), "name")).containsExactly("Volodymyr Zelensky");
    }

    // ---- alerts and rules -------------------------------------------------------------------------

    @Test
    void alertsAreListedNewestFirst() throws Exception {
        JsonNode alerts = json("/api/alerts");
        assertThat(ids(alerts, "alertId")).containsExactly("alert-2", "alert-1");
        assertThat(alerts.get(0).get("snippets").get(0).asText()).isEqualTo("talks on [[Ukraine]] continue");
        assertThat(ids(json("/api/alerts?rule=other"), "alertId")).isEmpty();
    }

    @Test
    void rulesAreCreatedListedAndDeleted() throws Exception {
        HttpResponse<String> created = postRule("{\"name\":\"Energy watch\",\"query\":\"body:reactor AND entity:ukraine\",\"minTone\":-1}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(mapper.readTree(created.body()).get("id").asText()).isEqualTo("energy-watch");
        assertThat(ids(json("/api/rules"), "name")).containsExactly("Energy watch");
        HttpResponse<Void> deleted = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/rules/energy-watch")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(json("/api/rules")).isEmpty();
        assertThat(http.send(HttpRequest.newBuilder(server.uri().resolve("/api/rules/energy-watch")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidRuleIsA400WithTheParsersMessage() throws Exception {
        HttpResponse<String> response = postRule("{\"name\":\"Broken\",\"query\":\"title:(ukraine\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(response.body()).get("error").asText()).startsWith("Cannot parse 'title:(ukraine'");
        assertThat(postRule("{\"name\":\"\",\"query\":\"x\"}").body()).contains("name is required.");
        assertThat(postRule("{\"name\":\"x\",\"query\":\"x\",\"colour\":\"red\"}").body()).contains("Unknown field 'colour'");
        assertThat(postRule("not json").statusCode()).isEqualTo(400);
        assertThat(postRule("{\"name\":\"x\",\"query\":\"x\",\"webhookUrl\":\"file:///etc/passwd\"}").body())
                .contains("webhookUrl must be an http:// or https:// URL.");
    }

    @Test
    void rulesAnswer503WhenThisDashboardHasNoRuleStore() throws Exception {
        start(DashboardConfig.local(0), Optional.empty());
        HttpResponse<String> response = get("/api/rules");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Alert rules are not available here");
    }

    @Test
    void writesNeedTheTokenWhenOneIsSet() throws Exception {
        start(new DashboardConfig("127.0.0.1", 0, Optional.of(TOKEN), true), Optional.of(new InMemoryRuleStore()));
        String rule = "{\"name\":\"Energy watch\",\"query\":\"reactor\"}";
        assertThat(postRule(rule).statusCode()).isEqualTo(401);
        assertThat(postRule(rule, "Authorization", "Bearer wrong-token-of-sufficient-length").statusCode()).isEqualTo(401);
        assertThat(postRule(rule, "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(201);
        assertThat(http.send(HttpRequest.newBuilder(server.uri().resolve("/api/rules/energy-watch")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        assertThat(get("/api/rules").statusCode()).isEqualTo(200);
        assertThat(get("/api/articles").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesWritesFromOtherSitesAndNonJsonBodies() throws Exception {
        String rule = "{\"name\":\"Energy watch\",\"query\":\"reactor\"}";
        assertThat(postRule(rule, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(postRule(rule, "Content-Type", "text/plain").statusCode()).isEqualTo(415);
        assertThat(postRule(rule, "Origin", "http://127.0.0.1:" + server.uri().getPort()).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesAForeignHostNameAgainstDnsRebinding() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/articles HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 421");
        }
        HttpResponse<String> localhost = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.uri().getPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(localhost.statusCode()).isEqualTo(200);
    }

    // ---- page, headers, health, metrics, stream --------------------------------------------------

    @Test
    void pageAndApiCarryAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/articles", "/api/nothing")) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>").doesNotContain("<script>", "style=", "http://", "https://");
        assertThat(get("/app.js").headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(get("/app.js").body()).doesNotContain("innerHTML", "insertAdjacentHTML", "document.write", "eval(");
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void healthAndPrometheusMetrics() throws Exception {
        JsonNode health = json("/health");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        get("/api/articles");
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/articles\",status=\"200\"}",
                "jvm_memory_used_bytes", "newsflow_dashboard_live_clients");
    }

    @Test
    void streamSendsArticlesAndAlertsAsServerSentEvents() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        var stream = http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/api/stream")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
                    response.body().forEach(lines::add);
                });
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event: hello"));
        EnrichedArticle fresh = EnrichedArticle.newBuilder(articles.get(1)).setId("fresh-article").setTitle("Fresh <b>news</b>").build();
        feed.articlesStored(List.of(fresh));
        feed.alertsStored(List.of(alert("alert-3", "r", "Rule", "fresh-article", NOW)));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event: alert"));
        int article = lines.indexOf("event: article");
        assertThat(article).isNotNegative();
        JsonNode data = mapper.readTree(lines.get(article + 1).substring("data: ".length()));
        assertThat(data.get("id").asText()).isEqualTo("fresh-article");
        assertThat(data.get("title").asText()).isEqualTo("Fresh <b>news</b>");
        assertThat(ids(data.get("entities"), "id")).contains("org:international-atomic-energy-agency");
        stream.cancel(true);
    }
}
