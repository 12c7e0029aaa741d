package io.newsflow.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.GenericAvroDeserializer;
import io.newsflow.schemas.serde.GenericAvroSerializer;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.testkit.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run}, the packaged jar, as a newcomer meets it, read by clients nobody on the newsflow team wrote.
 *
 * <p>One run serves the whole class (it loads CoreNLP, a broker and a registry: a minute on a loaded machine). It
 * polls, from a local HTTP server, an OPML list given by URL (an RSS 2.0 wire and an RSS 0.91 feed with the Netscape
 * DOCTYPE) and a web page given as a feed (whose Atom feed is found by discovery), with three alert rules. Then:
 * Confluent's JavaScript {@code AvroDeserializer} with kafkajs (read_committed) decodes every record of every topic
 * a user may read, checked against the store, and reads an article written before the fingerprint became
 * {@code simHashHex} with the latest schema; Kafka's own console consumer reads the same with
 * {@code --isolation-level read_committed}; the README's Node example prints the alerts; stopping the run removes its
 * endpoints file and leaves a console without Kafka's chatter; and {@code replay enrich --data-dir} leaves the store
 * at the new version.
 *
 * <p>Ports are 0 (any free one): other sessions on this machine may hold 9092 and 8081.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InteropIT {
    private static final Path NODE_PACKAGE = Path.of("..", "interop").toAbsolutePath().normalize();
    private static final Path NETSCAPE_FEED = Path.of("..", "ingest", "src", "test", "resources", "feed", "rss-0.91-netscape-doctype.xml");
    private static final List<String> TOPICS = List.of("news.raw", "news.enriched", "news.alerts", "news.entity-trends",
            "news.alert-rules", "news.feed-state");
    private static final int ARTICLES = 7;
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "newsflow: Kafka at (127\\.0\\.0\\.1:\\d+), schema registry at (http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7) \\(also in (.+)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Path work;
    private Path node;
    private Path dataDir;
    private HttpServer feeds;
    private String base;
    private ChildProcess run;
    private String bootstrap;
    private String registryUrl;
    private final Map<String, List<JsonNode>> decoded = new TreeMap<>();

    @BeforeAll
    void startRun(@TempDir Path tempDir) throws Exception {
        work = tempDir;
        node = TestServices.requireNode(NODE_PACKAGE);
        dataDir = work.resolve("data");
        feeds = serveFeeds();
        Path rules = Files.writeString(work.resolve("rules.yaml"), resource("rules.yaml"));
        run = ChildProcess.start(work, "run", List.of(java(), "-Xmx1500m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                "run", "--data-dir", dataDir.toString(), "--feeds", base + "/desk/feeds.opml", base + "/world/today.html",
                "--rules", rules.toString(), "--port", "0",
                "--set", "embedded.kafka.port=0", "--set", "embedded.registry.port=0",
                "--set", "ingest.fetch.full.text=false", "--set", "ingest.host.delay=0ms"));
        Matcher announced = run.awaitStdout(ANNOUNCEMENT, Duration.ofMinutes(3));
        bootstrap = announced.group(1);
        registryUrl = announced.group(2);
        await("all " + ARTICLES + " articles stored, with alerts and trends, and the store quiet", Duration.ofMinutes(6),
                this::storeSettled);
    }

    @AfterAll
    void stopEverything() {
        if (run != null) {
            run.stop();
        }
        if (feeds != null) {
            feeds.stop(0);
        }
    }

    @Test
    @Order(1)
    void runAnnouncesItsEndpointsOnOneLineAndInTheDataDirectory() throws Exception {
        Matcher line = ANNOUNCEMENT.matcher(run.stdout());
        assertThat(line.find()).isTrue();
        assertThat(Path.of(line.group(3))).isEqualTo(dataDir.resolve("endpoints.properties"));
        Properties file = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("endpoints.properties"))) {
            file.load(in);
        }
        assertThat(file.getProperty("kafka.bootstrap.servers")).isEqualTo(bootstrap);
        assertThat(file.getProperty("registry.url")).isEqualTo(registryUrl);
        assertThat(get(registryUrl + "/subjects")).contains("news.enriched-value");
    }

    @Test
    @Order(2)
    void anOpmlListByUrlAnRss091WithDoctypeAndAWebPageAreAllRead() throws Exception {
        assertThat(run.stdout())
                .contains("newsflow: " + base + "/desk/feeds.opml is a feed list: 2 feeds")
                .contains("newsflow: " + base + "/world/today.html is a web page; polling the feed it advertises, "
                        + base + "/world/atom.xml (first of 2)");
        assertThat(query("SELECT title FROM articles")).containsExactlyInAnyOrder(
                "Dock workers in Rotterdam strike over automated cranes",
                "European Central Bank holds rates as Christine Lagarde warns on trade",
                "Ferry operator adds winter crossings between Dover and Calais",
                "Ferry service to Saint-Malo resumes after the storm",
                "Caf\u00e9 owners ask the council for longer terraces",
                "Wildfire near Athens forces evacuations",
                "Toyota recalls 100,000 cars in Japan");
    }

    @Test
    @Order(3)
    void confluentsJavaScriptDeserializerDecodesEveryRecordOfEveryTopicAsTheStoreHasIt() throws Exception {
        ChildProcess reader = ChildProcess.start(work, "read-every-topic", List.of(node.toString(), "read-every-topic.js",
                "--bootstrap", bootstrap, "--registry", registryUrl, "--topics", String.join(",", TOPICS),
                "--timeout-ms", "120000"), NODE_PACKAGE);
        int exit = reader.awaitExit(Duration.ofMinutes(3));
        assertThat(exit).as(reader.stderr()).isZero();
        for (String line : reader.stdout().lines().toList()) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.has("error")).as(line).isFalse();
            decoded.computeIfAbsent(record.get("topic").asText(), t -> new ArrayList<>()).add(record);
        }
        for (String topic : TOPICS) {
            int latest = latestSchemaId(topic);
            assertThat(decoded.get(topic)).as(topic).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("magic").asInt()).isZero();
                assertThat(r.get("schemaId").asInt()).as(topic + " written with the registered schema").isEqualTo(latest);
            });
        }

        Set<String> storedIds = Set.copyOf(query("SELECT id FROM articles"));
        assertThat(values("news.raw")).extracting(v -> v.get("id").asText()).containsExactlyInAnyOrderElementsOf(storedIds);
        assertThat(values("news.enriched")).hasSize(ARTICLES).allSatisfy(article -> {
            String id = article.get("id").asText();
            assertThat(article.get("title").asText()).isEqualTo(one("SELECT title FROM articles WHERE id = '" + id + "'"));
            Set<String> entities = new TreeSet<>();
            article.get("entities").forEach(e -> entities.add(e.get("id").asText()));
            assertThat(entities).as("entities of " + id).isEqualTo(new TreeSet<>(query("SELECT entity_id FROM mentions WHERE article_id = '" + id + "'")));
            assertThat(article.get("simHashHex").asText()).matches("[0-9a-f]{16}");
            // Offsets count UTF-16 code units, as JavaScript strings do (README: Python and Go readers convert).
            String text = article.get("title").asText() + "\n\n" + article.get("body").asText();
            article.get("mentions").forEach(m -> assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                    .isEqualTo(m.get("text").asText()));
            assertThat(article.get("publishedAt").isIntegralNumber()).isTrue();
        });
        assertThat(values("news.enriched")).flatExtracting(a -> names(a.get("entities")))
                .contains("Rotterdam", "Christine Lagarde", "Athens");
        assertThat(values("news.alerts")).extracting(a -> a.get("alertId").asText())
                .containsExactlyInAnyOrderElementsOf(query("SELECT alert_id FROM alerts"))
                .isNotEmpty();
        assertThat(values("news.alerts")).extracting(a -> a.get("ruleName").asText()).contains("Ferry crossings", "Rotterdam");
        assertThat(values("news.entity-trends")).extracting(t -> t.get("entityId").asText() + "/" + t.get("window").asText() + "/"
                + t.get("windowStart").asLong()).containsExactlyInAnyOrderElementsOf(
                new HashSet<>(query("SELECT entity_id || '/' || window_kind || '/' || window_start FROM trends")));
        assertThat(values("news.alert-rules")).extracting(r -> r.get("name").asText())
                .containsExactlyInAnyOrder("Ferry crossings", "Rotterdam", "Lagarde");
        assertThat(values("news.feed-state")).extracting(s -> s.get("feedUrl").asText()).containsOnly(
                base + "/wire/rss.xml", base + "/gazette/rss-0.91.xml", base + "/world/atom.xml");
    }

    @Test
    @Order(4)
    void anArticleWrittenBeforeTheFingerprintChangeDecodesInJavaScriptWithTheLatestSchema() throws Exception {
        String topic = "interop.enriched-history";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(registryUrl, Map.of());
        Schema before;
        try (InputStream in = InteropIT.class.getResourceAsStream("/history/EnrichedArticle-before-simHashHex.avsc")) {
            before = new Schema.Parser().parse(in);
        }
        registry.register(topic + "-value", before);
        GenericData.Record old = new GenericRecordBuilder(before).set("id", "old-1").set("title", "Written with the long simHash")
                .set("body", "b").set("source", "s").set("publishedAt", Instant.now().toEpochMilli()).set("contentHash", "h")
                .set("enrichmentVersion", 1).set("enrichedAt", Instant.now().toEpochMilli()).set("language", "en")
                .set("simHash", 0xF00DF00DF00DF00DL).build();
        EnrichedArticle now = EnrichedArticle.newBuilder().setId("new-1").setTitle("Written with simHashHex").setBody("b")
                .setSource("s").setPublishedAt(Instant.now()).setContentHash("h").setEnrichmentVersion(1)
                .setEnrichedAt(Instant.now()).setLanguage("en").setSimHashHex("f00df00df00df00d").build();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.idempotence", true, "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "old-1", new GenericAvroSerializer(registry, false, false).serialize(topic, old))).get();
            producer.send(new ProducerRecord<>(topic, "new-1",
                    new NewsflowSerdes(registry).enrichedArticle().serializer().serialize(topic, now))).get();
        }

        ChildProcess writersSchema = ChildProcess.start(work, "history-writer", List.of(node.toString(), "read-every-topic.js",
                "--bootstrap", bootstrap, "--registry", registryUrl, "--topics", topic), NODE_PACKAGE);
        assertThat(writersSchema.awaitExit(Duration.ofMinutes(2))).as("the old long still refused with its own schema").isOne();
        assertThat(writersSchema.stdout()).contains("potential precision loss");

        ChildProcess latest = ChildProcess.start(work, "history-latest", List.of(node.toString(), "read-every-topic.js",
                "--bootstrap", bootstrap, "--registry", registryUrl, "--topics", topic, "--use-latest", "true"), NODE_PACKAGE);
        assertThat(latest.awaitExit(Duration.ofMinutes(2))).as(latest.stdout() + latest.stderr()).isZero();
        Map<String, String> fingerprints = new HashMap<>();
        for (String line : latest.stdout().lines().toList()) {
            JsonNode value = JSON.readTree(line).get("value");
            fingerprints.put(value.get("id").asText(), value.get("simHashHex").asText());
        }
        assertThat(fingerprints).containsOnly(Map.entry("old-1", ""), Map.entry("new-1", "f00df00df00df00d"));
    }

    @Test
    @Order(5)
    void kafkasOwnConsoleConsumerReadsEveryTopicReadCommittedWithTheSameKeysAndWireHeaders() throws Exception {
        assertThat(decoded).as("filled by the Node test").containsKeys(TOPICS.toArray(String[]::new));
        SchemaRegistryClient registry = new SchemaRegistryClient(registryUrl, Map.of());
        GenericAvroDeserializer avro = new GenericAvroDeserializer(registry, null, false);
        for (String topic : TOPICS) {
            ChildProcess console = ChildProcess.start(work, "console-" + topic, List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", consoleClassPath(), "org.apache.kafka.tools.consumer.ConsoleConsumer",
                    "--bootstrap-server", bootstrap, "--topic", topic, "--from-beginning", "--isolation-level", "read_committed",
                    "--timeout-ms", "15000", "--group", "console-" + System.nanoTime(),
                    "--formatter-property", "print.partition=true", "--formatter-property", "print.offset=true",
                    "--formatter-property", "print.key=true", "--formatter-property", "key.separator=|",
                    "--formatter-property", "value.deserializer=org.apache.kafka.common.serialization.BytesDeserializer"));
            console.awaitExit(Duration.ofMinutes(2));
            Map<String, String> keysByPosition = new HashMap<>();
            for (String line : console.stdout().lines().filter(l -> l.startsWith("Partition:")).toList()) {
                // Partition:0|Offset:5|<key>|<value bytes, non-printable ones as \xHH>
                String[] parts = line.split("\\|", 4);
                String position = parts[0].substring("Partition:".length()) + "@" + parts[1].substring("Offset:".length());
                keysByPosition.put(position, parts[2]);
                if (!parts[3].equals("null")) {
                    byte[] value = unescape(parts[3]);
                    JsonNode same = byPosition(topic).get(position);
                    assertThat(same).as(topic + " " + position + " read by Node too").isNotNull();
                    assertThat(value[0]).as("magic byte").isZero();
                    assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(same.get("schemaId").asInt());
                    GenericRecord record = avro.deserialize(topic, value);
                    assertThat(record).as(topic + " " + position + " decodes from the bytes the console printed").isNotNull();
                }
            }
            assertThat(console.stderr()).contains("Processed a total of " + decoded.get(topic).size() + " messages");
            Map<String, String> nodeKeys = new HashMap<>();
            decoded.get(topic).forEach(r -> nodeKeys.put(r.get("partition").asInt() + "@" + r.get("offset").asText(), r.get("key").asText()));
            assertThat(keysByPosition).as(topic).isEqualTo(nodeKeys);
        }
    }

    @Test
    @Order(6)
    void theReadmesNodeExamplePrintsEveryAlert() throws Exception {
        List<String> alertIds = query("SELECT alert_id FROM alerts");
        ChildProcess example = ChildProcess.start(work, "print-alerts", List.of(node.toString(), "print-alerts.js",
                dataDir.resolve("endpoints.properties").toString()), NODE_PACKAGE);
        try {
            await("the example printed every alert", Duration.ofMinutes(2),
                    () -> alertIds.stream().allMatch(id -> example.stdout().contains("[" + id + "]")));
            assertThat(example.stdout()).contains("Ferry crossings: Ferry service to Saint-Malo resumes after the storm");
        } finally {
            example.stop();
        }
    }

    @Test
    @Order(7)
    void stoppedRunRemovedItsEndpointsAndItsConsoleHeldNoKafkaChatter() throws Exception {
        run.stop();
        assertThat(dataDir.resolve("endpoints.properties")).doesNotExist();
        List<String> foreign = run.stderr().lines()
                .filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (WARN|ERROR) .*") && !l.matches("\\S+ \\S+ +\\[[^]]*] i\\.n\\..*"))
                .toList();
        assertThat(foreign).as("WARN/ERROR lines of other libraries on the console:\n" + run.stderr()).isEmpty();
        Path log = dataDir.resolve("logs").resolve("newsflow.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("org.apache.kafka").contains("io.newsflow");
    }

    @Test
    @Order(8)
    void replayEnrichOnTheDataDirectoryLeavesTheStoreAtTheNewVersionBeforeItExits() throws Exception {
        ChildProcess replay = ChildProcess.start(work, "replay", List.of(java(), "-Xmx1500m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(), "replay", "enrich", "--data-dir", dataDir.toString(), "--from", "2000-01-01",
                "--enrichment-version", "2", "--set", "embedded.kafka.port=0", "--set", "embedded.registry.port=0"));
        int exit = replay.awaitExit(Duration.ofMinutes(6));
        assertThat(exit).as(replay.stdout() + replay.stderr()).isZero();
        assertThat(replay.stdout()).contains(ARTICLES + " articles re-enriched at version 2")
                .contains("brought up to date").contains(ARTICLES + " articles written");
        assertThat(query("SELECT enrichment_version FROM articles")).hasSize(ARTICLES).containsOnly("2");
    }

    // --- the run's inputs ---

    private HttpServer serveFeeds() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String[]> routes = Map.of(
                "/desk/feeds.opml", new String[] {"text/x-opml", fill(resource("feeds.opml"))},
                "/wire/rss.xml", new String[] {"application/rss+xml", fill(resource("wire-rss2.xml"))},
                "/gazette/rss-0.91.xml", new String[] {"text/xml", Files.readString(NETSCAPE_FEED, StandardCharsets.ISO_8859_1)},
                "/world/today.html", new String[] {"text/html; charset=utf-8", fill(resource("world-news-page.html"))},
                "/world/atom.xml", new String[] {"application/atom+xml", fill(resource("world-atom.xml"))});
        server.createContext("/", exchange -> {
            String[] route = routes.get(exchange.getRequestURI().getPath());
            byte[] body = route == null ? new byte[0] : route[1].getBytes(
                    route[0].equals("text/xml") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            if (route != null) {
                exchange.getResponseHeaders().set("Content-Type", route[0]);
            }
            exchange.sendResponseHeaders(route == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** Fills the fixture's placeholders: the server's address and publication times of the last hours. */
    private String fill(String fixture) {
        Instant now = Instant.now();
        String filled = fixture.replace("{base}", base);
        for (int hours = 1; hours <= 3; hours++) {
            Instant at = now.minus(Duration.ofHours(hours));
            filled = filled.replace("<pubDate>{published-" + hours + "}</pubDate>",
                    "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)) + "</pubDate>");
            filled = filled.replace("{published-" + hours + "}", at.toString());
        }
        return filled;
    }

    private static String resource(String name) {
        try (InputStream in = InteropIT.class.getResourceAsStream("/interop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the store and the topics ---

    private boolean storeSettled() {
        try {
            String counts = query("SELECT (SELECT count(*) FROM articles) || '/' || (SELECT count(*) FROM alerts) || '/' "
                    + "|| (SELECT count(*) FROM trends)").get(0);
            boolean complete = counts.startsWith(ARTICLES + "/") && !counts.contains("/0");
            if (complete) {
                Thread.sleep(3000);
                return counts.equals(query("SELECT (SELECT count(*) FROM articles) || '/' || (SELECT count(*) FROM alerts) || '/' "
                        + "|| (SELECT count(*) FROM trends)").get(0));
            }
            return false;
        } catch (SQLException e) {
            return false; // not created yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("newsflow.db"));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private String one(String sql) {
        try {
            return query(sql).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> values(String topic) {
        return decoded.get(topic).stream().map(r -> r.get("value")).filter(v -> v != null && !v.isNull()).toList();
    }

    private Map<String, JsonNode> byPosition(String topic) {
        Map<String, JsonNode> out = new HashMap<>();
        decoded.get(topic).forEach(r -> out.put(r.get("partition").asInt() + "@" + r.get("offset").asText(), r));
        return out;
    }

    private static List<String> names(JsonNode entities) {
        List<String> names = new ArrayList<>();
        entities.forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    private int latestSchemaId(String topic) throws Exception {
        return JSON.readTree(get(registryUrl + "/subjects/" + topic + "-value/versions/latest")).get("id").asInt();
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The bytes behind Kafka's {@code Bytes.toString}: printable ASCII as is, anything else (and the backslash) as \xHH. */
    static byte[] unescape(String printed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c == '\\' && i + 3 < printed.length() && printed.charAt(i + 1) == 'x') {
                bytes.write(Integer.parseInt(printed.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    // --- processes ---

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
        assertThat(jar).as("built by the package phase before integration tests").exists();
        return jar;
    }

    private static String consoleClassPath() {
        Path tools = Path.of("target", "kafka-tools").toAbsolutePath();
        assertThat(tools).as("copied by the package phase (copy-kafka-tools)").isDirectory();
        return tools + "/*" + java.io.File.pathSeparator + Path.of("target", "lib").toAbsolutePath() + "/*";
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            Thread.sleep(500);
        }
    }

    /** A child process whose output is collected as it comes, so a test can wait for a line while it runs. */
    private static final class ChildProcess {
        private final Process process;
        private final StringBuffer stdout = new StringBuffer();
        private final StringBuffer stderr = new StringBuffer();
        private final Path log;

        private ChildProcess(Process process, Path log) {
            this.process = process;
            this.log = log;
            pump(process.getInputStream(), stdout);
            pump(process.getErrorStream(), stderr);
        }

        static ChildProcess start(Path work, String name, List<String> command) throws IOException {
            return start(work, name, command, Path.of(".").toAbsolutePath());
        }

        static ChildProcess start(Path work, String name, List<String> command, Path directory) throws IOException {
            return new ChildProcess(new ProcessBuilder(command).directory(directory.toFile()).start(), work.resolve(name + ".log"));
        }

        String stdout() {
            return stdout.toString();
        }

        String stderr() {
            return stderr.toString();
        }

        Matcher awaitStdout(Pattern pattern, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Matcher m = pattern.matcher(stdout());
                if (m.find()) {
                    return m;
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("No line matching " + pattern + (process.isAlive() ? " within " + timeout.toSeconds()
                            + " s" : "; the process exited with " + process.exitValue()) + ":\n" + stdout() + "\n" + stderr());
                }
                Thread.sleep(200);
            }
        }

        int awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new AssertionError("Did not exit within " + timeout.toSeconds() + " s:\n" + stdout() + "\n" + stderr());
            }
            process.waitFor();
            return process.exitValue();
        }

        /** SIGTERM, as Ctrl-C would, then waits; SIGKILL only if it hangs. */
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Files.writeString(log, "stdout:\n" + stdout() + "\nstderr:\n" + stderr());
            } catch (IOException e) {
                // only a convenience for reading a failure
            }
        }

        private static void pump(InputStream in, StringBuffer into) {
            Thread thread = new Thread(() -> {
                char[] buffer = new char[8192];
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    int n;
                    while ((n = reader.read(buffer)) >= 0) {
                        into.append(buffer, 0, n);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "interop-pump");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
