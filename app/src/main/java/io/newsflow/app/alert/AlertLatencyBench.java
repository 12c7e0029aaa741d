package io.newsflow.app.alert;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedRegistry;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.alert.AlertBenchCorpus;
import io.newsflow.enrich.alert.AlertBranch;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The end-to-end half of {@code bench alerts}: an embedded broker and registry, the real enrich topology
 * (NLP enricher, dedup, exactly_once_v2) with the alert branch and {@code rules} generated rules, and
 * raw articles published at a steady rate. For every article it times publication to news.raw until the
 * alert is readable (read_committed) from news.alerts, and, as the baseline of the same run, until the
 * enriched article is readable from news.enriched: the difference is what alerting adds.
 */
final class AlertLatencyBench {
    private final int rules;
    private final double rate;
    private final int seconds;
    private final int warmupSeconds;
    private final Map<String, String> overrides;

    /**
     * @param warmupSeconds published at the same rate before the measured articles and not measured: the
     *     first seconds JIT-compile CoreNLP, Kafka and Lucene, and the backlog they build would otherwise
     *     dominate p99
     * @param overrides settings on top of the bench's own (e.g. {@code kafka.commit.interval.ms}), to compare
     *     Streams configurations in like runs
     */
    AlertLatencyBench(int rules, double rate, int seconds, int warmupSeconds, Map<String, String> overrides) {
        this.rules = rules;
        this.rate = rate;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.overrides = Map.copyOf(overrides);
    }

    void run() throws Exception {
        Path dir = Files.createTempDirectory("newsflow-bench-alerts");
        System.out.printf(Locale.ROOT, "end-to-end: %,d rules, %.0f articles/s: %d s of warm-up (published, not measured),"
                        + " then %d s measured; embedded broker + registry in %s%n", rules, rate, warmupSeconds, seconds, dir);
        if (!overrides.isEmpty()) {
            System.out.println("settings overridden: " + overrides);
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
             EmbeddedRegistry registry = EmbeddedRegistry.start(dir.resolve("registry"))) {
            Settings settings = Settings.empty().with(Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "registry.url", registry.url(),
                    "topic.prefix", "bench.",
                    "topic.partitions", "2",
                    "data.dir", dir.resolve("data").toString(),
                    "enrich.http.port", "-1"), "bench").with(overrides, "--set");
            ClusterConfig cluster = ClusterConfig.from(settings);
            try (Admin admin = Admin.create(cluster.clientProperties())) {
                new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
            }
            NewsflowSerdes serdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
            AlertBenchCorpus corpus = new AlertBenchCorpus(7, 200_000);
            List<RuleDefinition> definitions = new ArrayList<>(corpus.rules(rules - 1));
            definitions.add(RuleDefinition.of("bench marker", "\"peace plan\""));
            try (RuleAdmin ruleAdmin = new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(),
                    Clock.systemUTC(), Duration.ofSeconds(60))) {
                ruleAdmin.putAll(definitions);
            }
            EnrichConfig enrichConfig = EnrichConfig.from(settings);
            AlertBranch branch = new AlertBranch(AlertConfig.from(settings, cluster.topics()), serdes.alertRule(), serdes.alert(), Clock.systemUTC());
            NlpArticleEnricher enricher = new NlpArticleEnricher(NlpConfig.from(settings));
            EnrichTopology topology = EnrichTopology.from(enrichConfig, EnrichSerdes.from(serdes), enricher, List.of(branch));
            try (EnrichService service = EnrichService.start(enrichConfig, topology.build())) {
                long loadStart = System.nanoTime();
                while (branch.matcher().liveRuleIds().size() < rules && System.nanoTime() - loadStart < 120_000_000_000L) {
                    Thread.sleep(200);
                }
                System.out.printf(Locale.ROOT, "rules live in the topology: %,d%n", branch.matcher().liveRuleIds().size());
                measure(cluster, serdes, corpus);
            } finally {
                branch.close();
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    private void measure(ClusterConfig cluster, NewsflowSerdes serdes, AlertBenchCorpus corpus) throws Exception {
        int warmup = (int) (rate * warmupSeconds);
        int count = (int) (rate * seconds);
        List<EnrichedArticle> templates = corpus.articles(warmup + count);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> enrichedLatency = new ConcurrentHashMap<>();
        Map<String, Long> alertLatency = new ConcurrentHashMap<>();
        Thread enrichedReader = reader(cluster, cluster.topics().enriched(), "enriched", sentAt, enrichedLatency, (topic, bytes) -> {
            EnrichedArticle a = serdes.enrichedArticle().deserializer().deserialize(topic, bytes);
            return a.getId();
        });
        Thread alertReader = reader(cluster, cluster.topics().alerts(), "alerts", sentAt, alertLatency, (topic, bytes) -> {
            Alert a = serdes.alert().deserializer().deserialize(topic, bytes);
            return a.getRuleName().equals("bench marker") && !a.getCountUpdate() ? a.getArticleId() : null;
        });
        Thread.sleep(3000); // readers assigned and at the end of their topics
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props, new StringSerializer(), serdes.rawArticle().serializer())) {
            long start = System.nanoTime();
            long intervalNanos = (long) (1e9 / rate);
            for (int i = 0; i < warmup + count; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                EnrichedArticle t = templates.get(i);
                Instant now = Instant.now();
                boolean measured = i >= warmup;
                String id = (measured ? "lat-" : "warm-") + i;
                // Every article names the marker rule's phrase once, so each one must produce exactly one marker alert.
                RawArticle raw = RawArticle.newBuilder()
                        .setId(id).setUrl("https://bench.example/" + id).setTitle(t.getTitle() + " " + i)
                        .setBody("Envoys discussed the peace plan. " + t.getBody()).setSource(t.getSource())
                        .setPublishedAt(now).setFetchedAt(now).setContentHash("bench-" + i).setOrigin("demo").build();
                if (measured) {
                    sentAt.put(id, System.nanoTime()); // the readers time only the ids found here
                }
                producer.send(new ProducerRecord<>(cluster.topics().raw(), null, now.toEpochMilli(), id, raw));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((alertLatency.size() < count || enrichedLatency.size() < count) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        enrichedReader.interrupt();
        alertReader.interrupt();
        enrichedReader.join(5000);
        alertReader.join(5000);
        System.out.printf(Locale.ROOT, "latency of the %d measured articles (after %d warm-up articles, not measured):%n", count, warmup);
        print("publication -> enriched readable (baseline)", enrichedLatency.values(), count);
        print("publication -> alert readable", alertLatency.values(), count);
        List<Long> added = new ArrayList<>();
        alertLatency.forEach((id, alert) -> {
            Long enriched = enrichedLatency.get(id);
            if (enriched != null) {
                added.add(alert - enriched);
            }
        });
        print("alert minus enriched, per article", added, count);
    }

    private interface IdOf {
        String apply(String topic, byte[] bytes);
    }

    private static Thread reader(ClusterConfig cluster, String topic, String name, Map<String, Long> sentAt, Map<String, Long> latency, IdOf idOf) {
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + name);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        Thread thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topic));
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        String id = record.value() == null ? null : idOf.apply(record.topic(), record.value());
                        Long sent = id == null ? null : sentAt.get(id);
                        if (sent != null) {
                            latency.putIfAbsent(id, now - sent);
                        }
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-reader-" + name);
        thread.start();
        return thread;
    }

    private static void print(String name, java.util.Collection<Long> latency, int expected) {
        long[] nanos = latency.stream().mapToLong(Long::longValue).sorted().toArray();
        if (nanos.length == 0) {
            System.out.printf(Locale.ROOT, "%-45s none of %d arrived%n", name, expected);
            return;
        }
        System.out.printf(Locale.ROOT, "%-45s %5d/%d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", name,
                nanos.length, expected, percentile(nanos, 0.50), percentile(nanos, 0.95), percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
