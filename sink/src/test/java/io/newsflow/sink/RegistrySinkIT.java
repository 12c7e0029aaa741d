package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.sink.consume.DeadLetters;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.fixture.ArticleFixtures;
import io.newsflow.sink.fixture.StoreRows;
import io.newsflow.sink.fixture.TcpProxy;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.testkit.TestServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink as deployed: values in the Confluent wire format through the registry. A record whose
 * bytes are not a registered schema goes to the dead-letter topic with its reason, the rest is stored.
 */
class RegistrySinkIT {
    @TempDir
    Path dataDir;

    @Test
    void storesRegistryEncodedArticlesAndSetsABadRecordAsideOnTheDeadLetterTopic() throws Exception {
        String prefix = "reg" + TestServices.uniquePrefix();
        ClusterConfig cluster = ClusterConfig.from(Settings.empty().with(Map.of(
                "kafka.bootstrap.servers", TestServices.kafkaBootstrap(),
                "registry.url", TestServices.registryUrl(),
                "topic.prefix", prefix), "test"));
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(30)).ensure(cluster.topics().all());
        }
        NewsflowSerdes serdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        ArticleFixtures fixtures = new ArticleFixtures();
        String topic = cluster.topics().enriched();
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String id : List.of("r1", "r2")) {
                EnrichedArticle article = fixtures.article(id, 1, 1);
                producer.send(new ProducerRecord<>(topic, 0, id.getBytes(StandardCharsets.UTF_8),
                        serdes.enrichedArticle().serializer().serialize(topic, article))).get();
            }
            byte[] unknownSchema = {0, 0x7f, 0x7f, 0x7f, 0x7f, 1, 2, 3};
            producer.send(new ProducerRecord<>(topic, 0, "bad".getBytes(StandardCharsets.UTF_8), unknownSchema)).get();
            producer.send(new ProducerRecord<>(topic, 0, "r3".getBytes(StandardCharsets.UTF_8),
                    serdes.enrichedArticle().serializer().serialize(topic, fixtures.article("r3", 1, 1)))).get();
        }
        SinkConfig config = SinkConfig.from(Settings.empty().with(Map.of(
                "sink.jdbc.url", Database.sqliteUrl(dataDir), "sink.group.id", "registry-sink-" + prefix), "test"));

        try (Database database = Database.open(config.jdbcUrl());
             SinkService sink = SinkService.start(config, cluster, SinkDeserializers.from(serdes), database, SinkListener.NONE)) {
            StoreRows rows = new StoreRows(database.dataSource());
            await().atMost(Duration.ofSeconds(60)).until(() -> rows.count("articles") == 3 && sink.status().records() == 4);
            assertThat(sink.status().deadLetters()).isEqualTo(1);
        }

        Map<String, Object> consumerProps = new HashMap<>(cluster.clientProperties());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            dlq.assign(List.of(new org.apache.kafka.common.TopicPartition(cluster.topics().deadLetters(), 0)));
            dlq.seekToBeginning(dlq.assignment());
            List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(letters::add);
                return !letters.isEmpty();
            });
            ConsumerRecord<byte[], byte[]> letter = letters.get(0);
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
            assertThat(letter.value()).containsExactly(0, 0x7f, 0x7f, 0x7f, 0x7f, 1, 2, 3);
            assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("sink");
            assertThat(header(letter, DeadLetters.SOURCE_TOPIC)).isEqualTo(topic);
            assertThat(header(letter, DeadLetters.SOURCE_OFFSET)).isEqualTo("2");
            assertThat(header(letter, DeadLetters.ERROR_CLASS)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
            System.out.println("Dead letter reason: " + header(letter, DeadLetters.ERROR_MESSAGE));
        }
    }

    @Test
    void waitsOutAnUnreachableRegistryInsteadOfSettingGoodRecordsAside() throws Exception {
        String prefix = "regdown" + TestServices.uniquePrefix();
        ClusterConfig cluster = ClusterConfig.from(Settings.empty().with(Map.of(
                "kafka.bootstrap.servers", TestServices.kafkaBootstrap(),
                "registry.url", TestServices.registryUrl(),
                "topic.prefix", prefix), "test"));
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(30)).ensure(cluster.topics().all());
        }
        NewsflowSerdes producerSerdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        ArticleFixtures fixtures = new ArticleFixtures();
        String topic = cluster.topics().enriched();
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String id : List.of("g1", "g2", "g3")) {
                producer.send(new ProducerRecord<>(topic, id.getBytes(StandardCharsets.UTF_8),
                        producerSerdes.enrichedArticle().serializer().serialize(topic, fixtures.article(id, 1, 1)))).get();
            }
        }
        java.net.URI registry = java.net.URI.create(cluster.registryUrl());
        try (TcpProxy proxy = new TcpProxy(registry.getHost(), registry.getPort())) {
            proxy.cut();
            String proxied = cluster.registryUrl().replace(registry.getHost() + ":" + registry.getPort(), "127.0.0.1:" + proxy.port());
            NewsflowSerdes sinkSerdes = new NewsflowSerdes(new SchemaRegistryClient(proxied, cluster.registry()));
            SinkConfig config = SinkConfig.from(Settings.empty().with(Map.of(
                    "sink.jdbc.url", Database.sqliteUrl(dataDir), "sink.group.id", "registry-down-" + prefix,
                    "sink.retry.initial", "100ms", "sink.retry.max", "300ms"), "test"));
            try (Database database = Database.open(config.jdbcUrl());
                 SinkService sink = SinkService.start(config, cluster, SinkDeserializers.from(sinkSerdes), database, SinkListener.NONE)) {
                StoreRows rows = new StoreRows(database.dataSource());
                await().atMost(Duration.ofSeconds(60)).until(() -> sink.status().lastError() != null);
                Thread.sleep(1_000);
                assertThat(rows.count("articles")).isZero();
                assertThat(sink.status().records()).isZero();
                assertThat(sink.status().deadLetters()).isZero();

                proxy.restore();

                await().atMost(Duration.ofSeconds(60)).until(() -> rows.count("articles") == 3 && sink.status().records() == 3);
                assertThat(sink.status().deadLetters()).isZero();
            }
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
