package io.newsflow.chaos.crash;

import io.newsflow.chaos.ChaosTarget;
import io.newsflow.chaos.Provisioning;
import io.newsflow.chaos.ScenarioReport;
import io.newsflow.chaos.TopicReader;
import io.newsflow.chaos.load.SyntheticArticles;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.ingest.publish.DeliveryReport;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.jdbc.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kills enrich with SIGKILL while it works and checks that exactly-once held. The articles and an alert
 * rule are published first; the sink runs in this JVM into SQLite; enrich runs in a child JVM
 * ({@link EnrichWorker}) that is killed {@code kills} times, each time once a random share of the
 * articles has come out committed (so work is always in flight), and restarted on the same state
 * directory. After the last start it runs to the end, and the scenario counts: each article once in
 * news.enriched (read_committed), exactly {@code articles} rows in the store, every expected alert
 * once on news.alerts and in the store, nothing in the dead-letter topic.
 *
 * @param articles how many articles to produce
 * @param kills how many SIGKILLs
 * @param delayMillis the fake enricher's delay per article (stretches processing so kills land mid-work)
 * @param seed chooses the kill moments
 */
public record CrashScenario(int articles, int kills, long delayMillis, long seed) {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

    public ScenarioReport run(ChaosTarget target, PrintStream progress) throws Exception {
        ScenarioReport report = new ScenarioReport("crash").load(articles);
        Map<String, String> childSettings = target.values(Map.of(
                EnrichWorker.DELAY_KEY, Long.toString(delayMillis),
                // a killed member must leave the group quickly, or each restart waits out the default session
                "kafka.session.timeout.ms", "6000",
                "kafka.heartbeat.interval.ms", "1500"));
        Settings settings = target.settings();
        ClusterConfig cluster = ClusterConfig.from(settings);
        SchemaRegistryClient registry = Provisioning.provision(cluster);
        NewsflowSerdes serdes = new NewsflowSerdes(registry);
        SyntheticArticles load = new SyntheticArticles(target.topicPrefix().replace(".", ""));
        Random random = new Random(seed);

        try (RuleAdmin rules = new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(),
                Clock.systemUTC(), Duration.ofSeconds(30))) {
            rules.put(RuleDefinition.of("Rotterdam watch", SyntheticArticles.ALERT_WORD.toLowerCase()));
        }
        report.did("stored alert rule 'Rotterdam watch' (matches every tenth article)");
        try (RawArticlePublisher publisher = RawArticlePublisher.create(cluster, serdes.rawArticle().serializer())) {
            for (int i = 0; i < articles; i++) {
                publisher.publish(load.article(i));
            }
            DeliveryReport delivery = publisher.flush();
            report.did("published " + articles + " articles to " + cluster.topics().raw() + " (" + delivery.acknowledged()
                    + " acknowledged, " + delivery.failed() + " failed)");
            report.verify(delivery.acknowledged() == articles && delivery.failed() == 0,
                    "every article was acknowledged by the broker before the faults began");
        }

        SinkConfig sinkConfig = SinkConfig.from(settings);
        try (Database database = Database.open(sinkConfig.jdbcUrl());
             SinkService sink = SinkService.start(sinkConfig, cluster, new SinkDeserializers(serdes.enrichedArticle().deserializer(),
                     serdes.alert().deserializer(), serdes.entityTrend().deserializer()), database, SinkListener.NONE);
             TopicReader enriched = new TopicReader(cluster, cluster.topics().enriched())) {
            report.did("started the sink into " + sinkConfig.jdbcUrl());
            ChildJvm child = null;
            try {
                for (int k = 0; k < kills; k++) {
                    int before = distinctKeys(enriched.poll(Duration.ofMillis(300)));
                    child = ChildJvm.start(EnrichWorker.class, childSettings, target.workDir().resolve("enrich-" + (k + 1) + ".log"));
                    child.awaitLine(EnrichWorker.READY, RUN_TIMEOUT);
                    // each run must get further than the last, so every kill lands while articles are in flight:
                    // somewhere between 30% and 90% of this run's even share of what is left
                    int share = (articles - before) / (kills - k + 1);
                    int threshold = Math.min(articles - 1, before + Math.max(1, (int) (share * (0.3 + 0.6 * random.nextDouble()))));
                    awaitUntil(() -> distinctKeys(enriched.poll(Duration.ofMillis(100))) >= threshold, RUN_TIMEOUT,
                            "enrich run " + (k + 1) + " to commit " + threshold + " articles");
                    Thread.sleep(random.nextInt(400));
                    int seen = distinctKeys(enriched.poll(Duration.ofMillis(1)));
                    child.kill();
                    report.fault();
                    report.did("SIGKILLed enrich child JVM (pid " + child.pid() + ") after " + seen + " of " + articles
                            + " articles came out committed; restarted it on the same state directory");
                    progress.println("crash: kill " + (k + 1) + " of " + kills + " at " + seen + "/" + articles + " enriched");
                }
                child = ChildJvm.start(EnrichWorker.class, childSettings, target.workDir().resolve("enrich-final.log"));
                child.awaitLine(EnrichWorker.READY, RUN_TIMEOUT);
                awaitUntil(() -> distinctKeys(enriched.poll(Duration.ofMillis(200))) >= articles
                                && count(database, "articles") >= articles
                                && count(database, "alerts") >= SyntheticArticles.alertsExpected(articles),
                        RUN_TIMEOUT, "the last enrich run to finish and the sink to store everything");
                // let anything that would be a duplicate arrive before counting
                enriched.drain(Duration.ofSeconds(3));
                Thread.sleep(1000);
                report.did("let the last enrich run finish, then stopped it with SIGTERM");
            } finally {
                if (child != null) {
                    child.stop();
                }
            }

            List<ConsumerRecord<byte[], byte[]>> records = enriched.records();
            int distinct = distinctKeys(records);
            long lost = articles - distinct;
            long doubled = records.size() - distinct;
            report.verify(distinct == articles && doubled == 0, "news.enriched (read_committed) holds each of the " + articles
                    + " articles exactly once (" + records.size() + " records, " + distinct + " distinct)");
            long stored = count(database, "articles");
            report.verify(stored == articles, "the store holds exactly " + articles + " articles (" + stored + ")");

            List<Alert> alerts = new ArrayList<>();
            try (TopicReader alertReader = new TopicReader(cluster, cluster.topics().alerts())) {
                for (ConsumerRecord<byte[], byte[]> r : alertReader.drain(Duration.ofSeconds(2))) {
                    alerts.add(serdes.alert().deserializer().deserialize(cluster.topics().alerts(), r.value()));
                }
            }
            List<Alert> firsts = alerts.stream().filter(a -> !a.getCountUpdate()).toList();
            Set<String> alertIds = new HashSet<>();
            firsts.forEach(a -> alertIds.add(a.getAlertId()));
            int expectedAlerts = SyntheticArticles.alertsExpected(articles);
            long doubledAlerts = firsts.size() - alertIds.size();
            report.verify(alertIds.size() == expectedAlerts && doubledAlerts == 0, "news.alerts holds each of the "
                    + expectedAlerts + " expected alerts once (" + firsts.size() + " alerts, " + alertIds.size() + " distinct)");
            long storedAlerts = count(database, "alerts");
            report.verify(storedAlerts == expectedAlerts, "the store holds exactly " + expectedAlerts + " alerts (" + storedAlerts + ")");
            try (TopicReader dead = new TopicReader(cluster, cluster.topics().deadLetters())) {
                int deadLetters = dead.drain(Duration.ofSeconds(1)).size();
                report.verify(deadLetters == 0, "no article went to " + cluster.topics().deadLetters() + " (" + deadLetters + ")");
            }
            report.counts(records.size() + alerts.size() + stored + storedAlerts,
                    lost + Math.max(0, expectedAlerts - alertIds.size()), doubled + doubledAlerts);
        }
        return report;
    }

    static int distinctKeys(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> keys = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            keys.add(new String(r.key(), StandardCharsets.UTF_8));
        }
        return keys.size();
    }

    static long count(Database database, String table) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the store's " + table + ": " + e.getMessage(), e);
        }
    }

    static void awaitUntil(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for " + what + ".");
            }
            Thread.sleep(50);
        }
    }

    /** A JVM started on this JVM's class path, its output in a log file. */
    static final class ChildJvm {
        private final Process process;
        private final Path log;

        private ChildJvm(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static ChildJvm start(Class<?> main, Map<String, String> settings, Path log) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            new HashMap<>(settings).forEach((k, v) -> command.add(k + "=" + v));
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(process, log);
        }

        long pid() {
            return process.pid();
        }

        void awaitLine(String line, Duration timeout) throws InterruptedException {
            awaitUntil(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The child JVM exited with " + process.exitValue() + " before it was ready; see " + log);
                }
                try {
                    return Files.readString(log, StandardCharsets.UTF_8).contains(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, timeout, "the child JVM to print " + line + " (log " + log + ")");
        }

        /** SIGKILL: no shutdown hook, no flush, no commit. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        /** SIGTERM, then SIGKILL if it does not stop in time. */
        void stop() throws InterruptedException {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
