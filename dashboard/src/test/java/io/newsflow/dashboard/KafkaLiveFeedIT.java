package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.dashboard.live.KafkaLiveFeed;
import io.newsflow.dashboard.live.LiveListener;
import io.newsflow.dashboard.query.AlertView;
import io.newsflow.dashboard.query.ArticleSummary;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.testkit.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The Kafka live feed against a real broker: it starts at the latest offsets (history comes from the
 * store, not from the topic), hands over what is published afterwards as the API's views, and skips a
 * record it cannot decode without stopping. Values here are plain Avro binary; in newsflow the wiring
 * passes the registry-aware deserializers of NewsflowSerdes, the feed does not care which.
 */
class KafkaLiveFeedIT {
    @Test
    void deliversWhatIsPublishedAfterItStartsAndSkipsUndecodableRecords() throws Exception {
        String prefix = TestServices.uniquePrefix();
        String enriched = prefix + "enriched";
        String alerts = prefix + "alerts";
        Map<String, Object> client = Map.of("bootstrap.servers", TestServices.kafkaBootstrap());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(enriched, 2, (short) 1), new NewTopic(alerts, 1, (short) 1))).all().get();
        }
        List<EnrichedArticle> day = new FixtureArticles().load("articles-of-a-news-day.json", Instant.now());
        try (KafkaProducer<String, byte[]> producer = producer(client)) {
            producer.send(new ProducerRecord<>(enriched, "before", avro(day.get(3)))).get();

            List<ArticleSummary> articles = new CopyOnWriteArrayList<>();
            List<AlertView> alertViews = new CopyOnWriteArrayList<>();
            try (KafkaLiveFeed feed = new KafkaLiveFeed(client, enriched, alerts, decoder(EnrichedArticle.class),
                    decoder(Alert.class))) {
                feed.start(new LiveListener() {
                    @Override
                    public void article(ArticleSummary article) {
                        articles.add(article);
                    }

                    @Override
                    public void alert(AlertView alert) {
                        alertViews.add(alert);
                    }
                });
                assertThat(feed.awaitAssignment(Duration.ofSeconds(60))).isTrue();

                producer.send(new ProducerRecord<>(enriched, "garbage", new byte[] {1, 2, 3})).get();
                producer.send(new ProducerRecord<>(enriched, day.get(0).getId(), avro(day.get(0)))).get();
                producer.send(new ProducerRecord<>(alerts, "ukraine-watch", avro(DashboardApiContract.alert("alert-k",
                        "ukraine-watch", "Ukraine watch", day.get(0).getId(), Instant.now())))).get();

                await().atMost(Duration.ofSeconds(30)).until(() -> articles.size() == 1 && alertViews.size() == 1);
                assertThat(articles.get(0).id()).isEqualTo("seed-putin-talks");
                assertThat(articles.get(0).entities()).hasSize(6);
                assertThat(articles.get(0).entities().get(0).name()).isEqualTo("Vladimir Putin");
                assertThat(alertViews.get(0).alertId()).isEqualTo("alert-k");
            }
            assertThat(articles).extracting(ArticleSummary::id).doesNotContain(day.get(3).getId());
        }
    }

    private static KafkaProducer<String, byte[]> producer(Map<String, Object> client) {
        Map<String, Object> props = new java.util.HashMap<>(client);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static byte[] avro(SpecificRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static <T extends SpecificRecord> Deserializer<T> decoder(Class<T> type) {
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
        return (topic, bytes) -> {
            try {
                return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
            } catch (IOException | RuntimeException e) {
                throw new org.apache.kafka.common.errors.SerializationException("Not an Avro " + type.getSimpleName(), e);
            }
        };
    }
}
