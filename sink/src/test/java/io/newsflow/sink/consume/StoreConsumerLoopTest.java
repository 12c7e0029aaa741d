package io.newsflow.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.topic.Topics;
import io.newsflow.sink.fixture.ArticleFixtures;
import io.newsflow.sink.fixture.AvroBinary;
import io.newsflow.sink.fixture.StoreRows;
import io.newsflow.sink.jdbc.BatchWriter;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import io.newsflow.sink.jdbc.WriteResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer loop's promises, with Kafka's MockConsumer in front of a real SQLite store. */
class StoreConsumerLoopTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final TopicPartition ENRICHED = new TopicPartition(TOPICS.enriched(), 0);
    private static final TopicPartition ALERTS = new TopicPartition(TOPICS.alerts(), 0);
    private static final TopicPartition TRENDS = new TopicPartition(TOPICS.entityTrends(), 0);

    @TempDir
    Path dataDir;

    private final ArticleFixtures fixtures = new ArticleFixtures();
    private final AvroBinary<EnrichedArticle> articles = new AvroBinary<>(EnrichedArticle.class);
    private final AvroBinary<Alert> alerts = new AvroBinary<>(Alert.class);
    private final AvroBinary<EntityTrend> trends = new AvroBinary<>(EntityTrend.class);
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private Database database;
    private StoreRows rows;
    private Thread thread;
    private StoreConsumerLoop loop;

    @BeforeEach
    void open() {
        database = Database.open(Database.sqliteUrl(dataDir));
        rows = new StoreRows(database.dataSource());
        consumer.assign(List.of(ENRICHED, ALERTS, TRENDS));
        consumer.updateBeginningOffsets(Map.of(ENRICHED, 0L, ALERTS, 0L, TRENDS, 0L));
    }

    @AfterEach
    void close() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            thread.join(10_000);
        }
        database.close();
    }

    @Test
    void storesEachPollAndThenCommitsItsOffsets() throws Exception {
        addArticle(0, fixtures.article("a1", 1, 1));
        addArticle(1, fixtures.article("a2", 1, 1));
        consumer.addRecord(new ConsumerRecord<>(ALERTS.topic(), 0, 0, key("rule"),
                alerts.serialize(ALERTS.topic(), fixtures.alert("al1", "a1", 0, Instant.parse("2025-12-02T14:31:00Z")))));
        consumer.addRecord(new ConsumerRecord<>(TRENDS.topic(), 0, 0, key("person:vladimir-putin"),
                trends.serialize(TRENDS.topic(), fixtures.trend("person:vladimir-putin", "1h", ArticleFixtures.PUBLISHED, 2, 12))));

        start(new StoreWriter(database));

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(ENRICHED) == 2 && committed(ALERTS) == 1 && committed(TRENDS) == 1);
        assertThat(rows.count("articles")).isEqualTo(2);
        assertThat(rows.count("alerts")).isEqualTo(1);
        assertThat(rows.count("trends")).isEqualTo(1);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void setsAnUnreadableRecordAsideWithItsReasonAndStoresTheRest() throws Exception {
        addArticle(0, fixtures.article("a1", 1, 1));
        consumer.addRecord(new ConsumerRecord<>(ENRICHED.topic(), 0, 1, key("junk"), "not avro at all".getBytes(StandardCharsets.UTF_8)));
        addArticle(2, fixtures.article("a3", 1, 1));

        start(new StoreWriter(database));

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(ENRICHED) == 3);
        assertThat(rows.count("articles")).isEqualTo(2);
        assertThat(producer.history()).hasSize(1);
        ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
        assertThat(letter.topic()).isEqualTo(TOPICS.deadLetters());
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("junk");
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not avro at all");
        assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("sink");
        assertThat(header(letter, DeadLetters.SOURCE_TOPIC)).isEqualTo(TOPICS.enriched());
        assertThat(header(letter, DeadLetters.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(letter, DeadLetters.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(letter, DeadLetters.ERROR_CLASS)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(letter, DeadLetters.ERROR_MESSAGE)).contains(TOPICS.enriched());
    }

    @Test
    void setsAsideARecordTheDatabaseRefusesAndStoresTheRestOfItsBatch() throws Exception {
        StoreWriter store = new StoreWriter(database);
        BatchWriter refusesBad = new BatchWriter() {
            @Override
            public WriteResult write(StoreBatch batch) throws SQLException {
                if (batch.articles().stream().anyMatch(a -> a.getId().equals("bad"))) {
                    throw new SQLException("value too long for type character varying(10)", "22001");
                }
                return store.write(batch);
            }

            @Override
            public boolean reachable() {
                return true;
            }
        };
        addArticle(0, fixtures.article("a1", 1, 1));
        addArticle(1, fixtures.article("bad", 1, 1));
        addArticle(2, fixtures.article("a3", 1, 1));

        start(refusesBad);

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(ENRICHED) == 3);
        assertThat(rows.rows("SELECT id FROM articles ORDER BY id")).containsExactly("articles:id=a1", "articles:id=a3");
        assertThat(producer.history()).hasSize(1);
        assertThat(header(producer.history().get(0), DeadLetters.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(producer.history().get(0), DeadLetters.ERROR_MESSAGE)).contains("value too long");
    }

    @Test
    void whileTheStoreIsDownItPausesCommitsNothingAndResumesWithoutLoss() throws Exception {
        StoreWriter store = new StoreWriter(database);
        AtomicBoolean down = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        BatchWriter flaky = new BatchWriter() {
            @Override
            public WriteResult write(StoreBatch batch) throws SQLException {
                attempts.incrementAndGet();
                if (down.get()) {
                    throw new SQLTransientConnectionException("newsflow-store - Connection is not available");
                }
                return store.write(batch);
            }

            @Override
            public boolean reachable() {
                return !down.get();
            }
        };
        addArticle(0, fixtures.article("a1", 1, 1));
        addArticle(1, fixtures.article("a2", 1, 1));

        start(flaky);

        await().atMost(Duration.ofSeconds(20)).until(() -> attempts.get() >= 3 && loop.status().storeDown());
        assertThat(consumer.paused()).isEqualTo(Set.of(ENRICHED, ALERTS, TRENDS));
        assertThat(committed(ENRICHED)).isEqualTo(-1);
        assertThat(rows.count("articles")).isZero();

        down.set(false);

        await().atMost(Duration.ofSeconds(20)).until(() -> committed(ENRICHED) == 2);
        assertThat(rows.count("articles")).isEqualTo(2);
        assertThat(consumer.paused()).isEmpty();
        assertThat(loop.status().storeDown()).isFalse();
        assertThat(producer.history()).isEmpty();
    }

    private void start(BatchWriter writer) {
        loop = new StoreConsumerLoop(consumer, SinkTopics.all(TOPICS),
                new SinkDeserializers(articles, alerts, trends), writer,
                new DeadLetters(producer, TOPICS.deadLetters()),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)), Duration.ofMillis(50), SinkListener.NONE);
        thread = new Thread(loop::run, "sink-under-test");
        thread.start();
    }

    private void addArticle(long offset, EnrichedArticle article) {
        consumer.addRecord(new ConsumerRecord<>(ENRICHED.topic(), 0, offset, key(article.getId()),
                articles.serialize(ENRICHED.topic(), article)));
    }

    private long committed(TopicPartition partition) {
        OffsetAndMetadata offset = consumer.committed(Set.of(partition)).get(partition);
        return offset == null ? -1 : offset.offset();
    }

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
