package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.dashboard.live.KafkaLiveFeed;
import io.newsflow.dashboard.live.LiveListener;
import io.newsflow.dashboard.query.AlertView;
import io.newsflow.dashboard.query.ArticleSummary;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.testkit.TestServices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The Kafka live feed against a real broker: it starts at the latest offsets (history comes from the
 * store, not from the topic), hands over what is published afterwards as the API's views, and skips a
 * record it cannot decode without stopping. Values are in the Confluent wire format through the shared
 * registry, with the deserializers {@code newsflow dashboard} wires.
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
        NewsflowSerdes serdes = new NewsflowSerdes(new SchemaRegistryClient(TestServices.registryUrl(), Map.of()));
        Serializer<EnrichedArticle> articleWriter = serdes.enrichedArticle().serializer();
        Serializer<Alert> alertWriter = serdes.alert().serializer();
        try (KafkaProducer<String, byte[]> producer = producer(client)) {
            producer.send(new ProducerRecord<>(enriched, "before", articleWriter.serialize(enriched, day.get(3)))).get();

            List<ArticleSummary> articles = new CopyOnWriteArrayList<>();
            List<AlertView> alertViews = new CopyOnWriteArrayList<>();
            try (KafkaLiveFeed feed = new KafkaLiveFeed(client, enriched, alerts, serdes.enrichedArticle().deserializer(),
                    serdes.alert().deserializer())) {
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
                producer.send(new ProducerRecord<>(enriched, day.get(0).getId(), articleWriter.serialize(enriched, day.get(0)))).get();
                producer.send(new ProducerRecord<>(alerts, "ukraine-watch", alertWriter.serialize(alerts, DashboardApiContract.alert(
                        "alert-k", "ukraine-watch", "Ukraine watch", day.get(0).getId(), Instant.now())))).get();

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
}
