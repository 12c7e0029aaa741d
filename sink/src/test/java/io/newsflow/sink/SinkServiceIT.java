package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.fixture.ArticleFixtures;
import io.newsflow.sink.fixture.AvroBinary;
import io.newsflow.sink.fixture.PostgresSchema;
import io.newsflow.sink.fixture.StoreRows;
import io.newsflow.sink.fixture.TcpProxy;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.replay.ReplayRequest;
import io.newsflow.sink.replay.ReplayResult;
import io.newsflow.sink.replay.StoreReplay;
import io.newsflow.testkit.TestServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink against a real broker: what it consumes ends up in the store with offsets committed after
 * the database, a replay of the topic leaves the same rows, and a database outage (a TCP proxy in front
 * of PostgreSQL, cut and restored) pauses it without committing or losing anything.
 */
class SinkServiceIT {
    @TempDir
    Path dataDir;

    private final ArticleFixtures fixtures = new ArticleFixtures();
    private final AvroBinary<EnrichedArticle> articles = new AvroBinary<>(EnrichedArticle.class);
    private final AvroBinary<Alert> alerts = new AvroBinary<>(Alert.class);
    private final AvroBinary<EntityTrend> trends = new AvroBinary<>(EntityTrend.class);
    private final SinkDeserializers deserializers = new SinkDeserializers(articles, alerts, trends);
    private ClusterConfig cluster;
    private String groupId;
    private Producer<byte[], byte[]> producer;

    @BeforeEach
    void topics() throws Exception {
        String prefix = TestServices.uniquePrefix();
        cluster = ClusterConfig.from(Settings.empty().with(Map.of(
                "kafka.bootstrap.servers", TestServices.kafkaBootstrap(),
                "registry.url", "http://127.0.0.1:9/unused-by-plain-avro",
                "topic.prefix", "sink" + prefix,
                "topic.partitions", "2"), "test"));
        groupId = "sink-it-" + prefix;
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(30)).ensure(cluster.topics().all());
        }
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void storesWhatItConsumesAndAReplayOfTheTopicLeavesExactlyTheSameRows() throws Exception {
        List<EnrichedArticle> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sent.add(fixtures.article("a" + i, 1 + i % 2, 1));
        }
        sent.add(fixtures.article("a3", 1, 1));
        publish(sent);
        publishAlert(fixtures.alert("al1", "a1", 0, Instant.parse("2025-12-02T14:31:00Z")));
        publishTrend(fixtures.trend("person:vladimir-putin", "1m", ArticleFixtures.PUBLISHED, 3, 9));
        SinkConfig config = config(Database.sqliteUrl(dataDir));

        try (Database database = Database.open(config.jdbcUrl())) {
            StoreRows rows = new StoreRows(database.dataSource());
            try (SinkService sink = SinkService.start(config, cluster, deserializers, database, SinkListener.NONE)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> committedRecords() == 33);
                assertThat(sink.failure()).isNull();
            }
            assertThat(rows.count("articles")).isEqualTo(30);
            assertThat(rows.rows("SELECT enrichment_version FROM articles WHERE id = 'a3'"))
                    .containsExactly("articles:enrichment_version=2");
            List<String> stored = rows.all();

            for (int run = 0; run < 2; run++) {
                ReplayRequest request = new ReplayRequest(Instant.EPOCH, null, groupId + "-replay", true);
                try (StoreReplay replay = StoreReplay.create(config, cluster, deserializers, database, request)) {
                    ReplayResult result = replay.run(request, (done, total) -> { });
                    assertThat(result.complete()).isTrue();
                    assertThat(result.total()).isEqualTo(33);
                    assertThat(result.done()).isEqualTo(33);
                }
                assertThat(rows.all()).containsExactlyElementsOf(stored);
            }
        }
    }

    @Test
    void aReplayOfATimeRangeStoresOnlyArticlesPublishedInIt() throws Exception {
        Instant t0 = Instant.parse("2025-11-01T00:00:00Z");
        List<EnrichedArticle> sent = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            sent.add(EnrichedArticle.newBuilder(fixtures.article("d" + day, 1, 1)).setPublishedAt(t0.plus(Duration.ofDays(day))).build());
        }
        publish(sent);
        SinkConfig config = config(Database.sqliteUrl(dataDir));

        try (Database database = Database.open(config.jdbcUrl())) {
            ReplayRequest request = new ReplayRequest(t0.plus(Duration.ofDays(3)), t0.plus(Duration.ofDays(7)), null, false);
            try (StoreReplay replay = StoreReplay.create(config, cluster, deserializers, database, request)) {
                ReplayResult result = replay.run(request, (done, total) -> { });
                assertThat(result.complete()).isTrue();
            }
            assertThat(new StoreRows(database.dataSource()).rows("SELECT id FROM articles ORDER BY id"))
                    .containsExactly("articles:id=d3", "articles:id=d4", "articles:id=d5", "articles:id=d6");
        }
    }

    @Test
    void survivesADatabaseOutageWithoutCommittingOrLosingAnything() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create(); TcpProxy proxy = new TcpProxy("127.0.0.1", 5432)) {
            SinkConfig config = config(schema.jdbcUrl("127.0.0.1", proxy.port()));
            try (Database database = Database.open(config.jdbcUrl(), config.database());
                 Database direct = Database.open(schema.jdbcUrl())) {
                StoreRows rows = new StoreRows(direct.dataSource());
                try (SinkService sink = SinkService.start(config, cluster, deserializers, database, SinkListener.NONE)) {
                    publish(range("before", 20));
                    await().atMost(Duration.ofSeconds(60)).until(() -> rows.count("articles") == 20 && committedRecords() == 20);

                    proxy.cut();
                    publish(range("during", 20));
                    await().atMost(Duration.ofSeconds(60)).until(() -> sink.status().storeDown());
                    Thread.sleep(1_500); // several retries while the database stays unreachable
                    assertThat(sink.status().storeDown()).isTrue();
                    assertThat(committedRecords()).isEqualTo(20);
                    assertThat(rows.count("articles")).isEqualTo(20);

                    proxy.restore();
                    await().atMost(Duration.ofSeconds(60)).until(() -> rows.count("articles") == 40 && committedRecords() == 40);
                    assertThat(sink.status().storeDown()).isFalse();
                    assertThat(sink.status().deadLetters()).isZero();

                    publish(range("after", 5));
                    await().atMost(Duration.ofSeconds(60)).until(() -> rows.count("articles") == 45 && committedRecords() == 45);
                    assertThat(sink.failure()).isNull();
                }
            }
        }
    }

    private SinkConfig config(String jdbcUrl) {
        return SinkConfig.from(Settings.empty().with(Map.of(
                "sink.jdbc.url", jdbcUrl,
                "sink.group.id", groupId,
                "sink.batch.size", "7",
                "sink.poll.timeout", "200ms",
                "sink.retry.initial", "100ms",
                "sink.retry.max", "400ms",
                "sink.connection.timeout", "1s"), "test"));
    }

    private List<EnrichedArticle> range(String prefix, int n) {
        List<EnrichedArticle> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(fixtures.article(prefix + i, 1, 1));
        }
        return list;
    }

    private void publish(List<EnrichedArticle> list) throws Exception {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (EnrichedArticle a : list) {
            sends.add(producer.send(new ProducerRecord<>(cluster.topics().enriched(), null, a.getPublishedAt().toEpochMilli(),
                    a.getId().getBytes(StandardCharsets.UTF_8), articles.serialize(cluster.topics().enriched(), a))));
        }
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
    }

    private void publishAlert(Alert alert) throws Exception {
        producer.send(new ProducerRecord<>(cluster.topics().alerts(), alert.getRuleId().getBytes(StandardCharsets.UTF_8),
                alerts.serialize(cluster.topics().alerts(), alert))).get();
    }

    private void publishTrend(EntityTrend trend) throws Exception {
        producer.send(new ProducerRecord<>(cluster.topics().entityTrends(), trend.getEntityId().getBytes(StandardCharsets.UTF_8),
                trends.serialize(cluster.topics().entityTrends(), trend))).get();
    }

    /** Records the sink's group has committed, summed over partitions (offsets start at 0 on fresh topics). */
    private long committedRecords() throws Exception {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        }
    }
}
