package io.newsflow.app.replay;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.alert.AlertBranch;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.enrich.replay.EnrichReplay;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.testkit.TestServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One test's newsflow on the shared test broker and registry: its own topic prefix, a live enrich
 * application (fake enricher, real topology and branches), a sink into a SQLite store, and replays.
 */
final class ReplayWorld implements AutoCloseable {
    final String prefix = TestServices.uniquePrefix();
    final SchemaRegistryClient registry = new SchemaRegistryClient(TestServices.registryUrl(), Map.of());
    final NewsflowSerdes serdes = new NewsflowSerdes(registry);
    final EnrichSerdes enrichSerdes = EnrichSerdes.from(serdes);
    final Settings settings;
    final EnrichConfig config;
    final ClusterConfig cluster;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Database database;

    ReplayWorld(Path dir) throws Exception {
        this(dir, Map.of());
    }

    ReplayWorld(Path dir, Map<String, String> extra) throws Exception {
        Map<String, String> values = new HashMap<>(extra);
        values.put("kafka.bootstrap.servers", TestServices.kafkaBootstrap());
        values.put("registry.url", TestServices.registryUrl());
        values.put("topic.prefix", prefix);
        values.put("topic.partitions", "2");
        values.put("enrich.application.id", prefix + "enrich");
        values.put("enrich.state.dir", dir.resolve("state").toString());
        values.put("enrich.threads", "1");
        values.put("enrich.http.port", "-1");
        values.put("enrich.start.timeout", "90s");
        values.put("sink.jdbc.url", Database.sqliteUrl(dir));
        values.put("sink.group.id", prefix + "sink");
        values.put("data.dir", dir.toString());
        settings = Settings.empty().with(values, "test");
        config = EnrichConfig.from(settings);
        cluster = config.cluster();
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(30)).ensure(cluster.topics().all());
        }
        new SchemaRegistrar(registry).registerAll(cluster.topics());
    }

    void rule(String name, String query) {
        try (RuleAdmin rules = new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(),
                Clock.systemUTC(), Duration.ofSeconds(30))) {
            rules.put(RuleDefinition.of(name, query));
        }
    }

    /** The live enrich application, as newsflow runs it but with {@code enricher}. */
    EnrichService startLive(ArticleEnricher enricher) {
        AlertBranch alerts = new AlertBranch(AlertConfig.from(settings, cluster.topics()), serdes.alertRule(), serdes.alert(), Clock.systemUTC());
        EntityTrendsBranch trends = new EntityTrendsBranch(cluster.topics().entityTrends(), enrichSerdes.entityTrend(), config.trendGrace());
        return EnrichService.start(config, EnrichTopology.from(config, enrichSerdes, enricher, List.of(trends, alerts)).build());
    }

    EnrichReplay replay(ArticleEnricher enricher, boolean realert) {
        AlertConfig alerts = new AlertConfig(cluster.topics(), realert, 3);
        return new EnrichReplay(config, alerts, enrichSerdes, serdes.alertRule(), serdes.alert(), enricher, Clock.systemUTC());
    }

    /** The live sink into this world's SQLite store. */
    void startSink() {
        SinkConfig sinkConfig = SinkConfig.from(settings);
        database = Database.open(sinkConfig.jdbcUrl());
        open.add(database);
        SinkDeserializers deserializers = new SinkDeserializers(serdes.enrichedArticle().deserializer(),
                serdes.alert().deserializer(), serdes.entityTrend().deserializer());
        open.add(0, SinkService.start(sinkConfig, cluster, deserializers, database, SinkListener.NONE));
    }

    void publish(List<RawArticle> articles) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafkaBootstrap());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            String topic = cluster.topics().raw();
            for (RawArticle article : articles) {
                producer.send(new ProducerRecord<>(topic, null, article.getPublishedAt().toEpochMilli(), article.getId(),
                        serdes.rawArticle().serializer().serialize(topic, article))).get();
            }
        }
    }

    /** Every committed record of {@code topic}, from its beginning to its current end. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafkaBootstrap());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /** Counts the committed records arriving in {@code topic} from now on, with one consumer. */
    RecordCounter counter(String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafkaBootstrap());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new RecordCounter(consumer);
    }

    static final class RecordCounter implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private long count;

        RecordCounter(KafkaConsumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
        }

        void awaitAtLeast(long n, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count < n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Only " + count + " of " + n + " records arrived within " + timeout);
                }
                count += consumer.poll(Duration.ofMillis(100)).count();
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /** Every row of the store's tables, as text, in key order. */
    List<String> storeRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("articles", "entities", "mentions", "alerts", "trends")) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append('|').append(meta.getColumnName(i)).append('=').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    long count(String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static RawArticle article(String id, String title, String body, Instant publishedAt) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + body).getBytes(StandardCharsets.UTF_8)));
            return RawArticle.newBuilder().setId(id).setUrl("https://news.example/" + id).setTitle(title).setBody(body)
                    .setSource("Example News").setPublishedAt(publishedAt).setFetchedAt(publishedAt).setContentHash(hash).build();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body unlike every other one of the test (near-duplicate detection must not group them). */
    static String distinctBody(int n, String name) {
        String[] words = {"harbour", "strike", "council", "budget", "river", "flood", "train", "election", "museum", "bridge",
                "school", "hospital", "festival", "market", "airport", "energy", "court", "police", "weather", "football"};
        StringBuilder body = new StringBuilder(name + " reported news number " + n + ".");
        for (int i = 0; i < 12; i++) {
            body.append(' ').append(words[(n * 7 + i * (n % 5 + 3)) % words.length]).append(n * 31 + i);
        }
        return body.append('.').toString();
    }

    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                // best effort in tests
            }
        }
    }
}
