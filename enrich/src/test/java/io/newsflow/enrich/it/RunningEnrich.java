package io.newsflow.enrich.it;

import io.newsflow.config.Settings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.testkit.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** One test's enrich setup on the shared broker and registry: its own topic prefix, topics and serdes. */
final class RunningEnrich {
    final String prefix = TestServices.uniquePrefix();
    final SchemaRegistryClient registry = new SchemaRegistryClient(TestServices.registryUrl(), Map.of());
    final EnrichSerdes serdes = EnrichSerdes.from(new NewsflowSerdes(registry));

    EnrichConfig config(Path stateDir, int httpPort) {
        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", TestServices.kafkaBootstrap());
        values.put("registry.url", TestServices.registryUrl());
        values.put("topic.prefix", prefix);
        values.put("topic.partitions", "2");
        values.put("enrich.application.id", prefix + "enrich");
        values.put("enrich.state.dir", stateDir.toString());
        values.put("enrich.threads", "1");
        values.put("enrich.http.port", Integer.toString(httpPort));
        values.put("enrich.start.timeout", "90s");
        return EnrichConfig.from(Settings.empty().with(values, "test"));
    }

    void provision(EnrichConfig config) throws Exception {
        try (Admin admin = Admin.create(config.cluster().clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(30)).ensure(config.cluster().topics().all());
        }
        new SchemaRegistrar(registry).registerAll(config.cluster().topics());
    }

    EnrichService start(EnrichConfig config, KnownNamesEnricher enricher) {
        EntityTrendsBranch trends = new EntityTrendsBranch(config.cluster().topics().entityTrends(),
                serdes.entityTrend(), config.trendGrace());
        return EnrichService.start(config, EnrichTopology.from(config, serdes, enricher, List.of(trends)).build());
    }

    KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafkaBootstrap());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value, long timestamp) throws Exception {
        producer.send(new ProducerRecord<>(topic, null, timestamp, key, value)).get();
    }

    KafkaConsumer<byte[], byte[]> consumer(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServices.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + "check-" + topic);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    static void pollInto(KafkaConsumer<byte[], byte[]> consumer, List<ConsumerRecord<byte[], byte[]>> into) {
        consumer.poll(Duration.ofMillis(200)).forEach(into::add);
    }
}
