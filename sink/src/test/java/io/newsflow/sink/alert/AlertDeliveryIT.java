package io.newsflow.sink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.testkit.TestServices;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery against the embedded broker and registry, with webhooks served on loopback. */
class AlertDeliveryIT {
    private static final String SECRET = "desk-secret";

    private ClusterConfig cluster;
    private NewsflowSerdes serdes;
    private HttpServer server;
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private AlertDelivery delivery;
    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void start() throws Exception {
        String prefix = "delivery" + TestServices.uniquePrefix();
        cluster = ClusterConfig.from(Settings.empty().with(Map.of(
                "kafka.bootstrap.servers", TestServices.kafkaBootstrap(),
                "registry.url", TestServices.registryUrl(),
                "topic.prefix", prefix,
                "topic.partitions", "2"), "test"));
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(30)).ensure(cluster.topics().all());
        }
        serdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(exchange.getRequestBody().readAllBytes());
            signatures.add(exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        if (delivery != null) {
            delivery.close();
        }
        producer.close();
        server.stop(0);
    }

    private void putRule(String id, String webhookUrl) throws Exception {
        AlertRule rule = AlertRule.newBuilder().setId(id).setName(id).setQuery("x").setVersion(1)
                .setWebhookUrl(webhookUrl).setWebhookSecretRef("desk").setCreatedAt(Instant.EPOCH).build();
        producer.send(new ProducerRecord<>(cluster.topics().alertRules(), id,
                serdes.alertRule().serializer().serialize(cluster.topics().alertRules(), rule))).get();
    }

    private void putAlert(String alertId, String ruleId, boolean countUpdate) throws Exception {
        Alert alert = Alert.newBuilder().setAlertId(alertId).setRuleId(ruleId).setRuleName(ruleId).setRuleVersion(1)
                .setArticleId("a1").setTitle("Peace plan talks").setSource("Example News")
                .setPublishedAt(Instant.parse("2025-12-02T16:00:00Z")).setAlertedAt(Instant.parse("2025-12-02T16:00:01Z"))
                .setCountUpdate(countUpdate).setDuplicateCount(countUpdate ? 1 : 0).build();
        producer.send(new ProducerRecord<>(cluster.topics().alerts(), ruleId,
                serdes.alert().serializer().serialize(cluster.topics().alerts(), alert))).get();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void deliversSignedAlertsOnceAndSendsWhatADeadHookRefusesToDeadLetters() throws Exception {
        putRule("live", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        putRule("dead", "http://127.0.0.1:" + closedPort() + "/hook");
        putAlert("alert-live", "live", false);
        putAlert("alert-live", "live", true);
        putAlert("alert-dead", "dead", false);
        Map<String, Object> clientProps = new HashMap<>(cluster.clientProperties());
        clientProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        DeliveryConfig config = new DeliveryConfig("delivery-it-" + cluster.topics().prefix(), true, 3, Duration.ofMillis(20),
                Duration.ofMillis(50), Duration.ofSeconds(5), 100, Map.of("desk", SECRET));
        delivery = new AlertDelivery(clientProps, cluster.topics(), config, serdes.alert().deserializer(),
                serdes.alertRule().deserializer(), System.out);
        delivery.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> bodies.size() == 1);
        assertThat(new String(bodies.get(0), StandardCharsets.UTF_8)).contains("\"alertId\":\"alert-live\"");
        assertThat(signatures.get(0)).isEqualTo(new WebhookSigner(SECRET).signature(bodies.get(0)));

        Map<String, Object> consumerProps = new HashMap<>(cluster.clientProperties());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + cluster.topics().prefix());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(cluster.topics().deadLetters()));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return !dead.isEmpty();
            });
        }
        ConsumerRecord<String, byte[]> record = dead.get(0);
        assertThat(record.key()).isEqualTo("dead");
        assertThat(serdes.alert().deserializer().deserialize(cluster.topics().alerts(), record.value()).getAlertId()).isEqualTo("alert-dead");
        assertThat(new String(record.headers().lastHeader("newsflow.errors.stage").value(), StandardCharsets.UTF_8)).isEqualTo("alert-delivery");
        assertThat(new String(record.headers().lastHeader("newsflow.webhook.attempts").value(), StandardCharsets.UTF_8)).isEqualTo("3");
        assertThat(new String(record.headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8)).isEqualTo(cluster.topics().alerts());
        assertThat(bodies).hasSize(1);
    }
}
