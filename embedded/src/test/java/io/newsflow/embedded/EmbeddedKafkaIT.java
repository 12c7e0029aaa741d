package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {
    private static final int RECORDS = 200;

    @Test
    void idempotentProducerRecordsAreAllConsumed() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            createAndAwaitOnline(kafka.bootstrapServers(), "articles", 3);
            produce(kafka.bootstrapServers(), "articles", RECORDS);

            assertThat(consumeAll(kafka.bootstrapServers(), "articles", RECORDS))
                    .hasSize(RECORDS)
                    .contains("key-0=value-0", "key-" + (RECORDS - 1) + "=value-" + (RECORDS - 1));
        }
    }

    @Test
    void restartOnTheSameDataDirectoryKeepsTopicsAndRecords(@TempDir Path dataDir) throws Exception {
        String firstBootstrap;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            firstBootstrap = kafka.bootstrapServers();
            createAndAwaitOnline(kafka.bootstrapServers(), "kept", 1);
            produce(kafka.bootstrapServers(), "kept", RECORDS);
        }
        assertThat(dataDir.resolve("meta.properties")).exists();

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            assertThat(kafka.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
            assertThat(consumeAll(kafka.bootstrapServers(), "kept", RECORDS)).hasSize(RECORDS);
            assertThat(kafka.bootstrapServers()).isNotNull().startsWith("127.0.0.1:");
        }
        assertThat(firstBootstrap).startsWith("127.0.0.1:");
        assertThat(dataDir).exists();
    }

    @Test
    void temporaryBrokerDeletesItsDirectoryAndClosesTwiceQuietly() {
        EmbeddedKafka kafka = EmbeddedKafka.startTemporary();
        Path dir = kafka.dataDir();
        assertThat(Files.exists(dir.resolve("meta.properties"))).isTrue();
        kafka.close();
        kafka.close();
        assertThat(dir).doesNotExist();
    }

    @Test
    void secondBrokerOnTheSameDataDirectoryFailsNamingIt(@TempDir Path dataDir) {
        try (EmbeddedKafka first = EmbeddedKafka.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedKafka.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("data directory " + dataDir.toAbsolutePath().normalize() + " is in use");
            assertThat(first.bootstrapServers()).startsWith("127.0.0.1:");
        }
    }

    @Test
    void brokerThatCannotBindItsPortFailsNamingTheDirectory(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int controllerPort = EmbeddedKafka.freeLoopbackPort();
            Map<String, String> listeners = Map.of(
                    "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners", "PLAINTEXT://127.0.0.1:" + port,
                    "controller.quorum.voters", "1@127.0.0.1:" + controllerPort);

            assertThatThrownBy(() -> EmbeddedKafka.start(dataDir, listeners))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not start on data directory " + dataDir.toAbsolutePath().normalize());
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
        }
    }

    @Test
    void aFreePortAskedForIsTheOneClientsUse(@TempDir Path dataDir) throws Exception {
        int asked = EmbeddedKafka.freeLoopbackPort();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, asked)) {
            assertThat(kafka.port()).isEqualTo(new ListenPort(asked, asked));
            assertThat(kafka.port().fellBack()).isFalse();
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + asked);
            createAndAwaitOnline(kafka.bootstrapServers(), "on-asked-port", 1);
        }
    }

    @Test
    void aTakenPortFallsBackToAFreeOneAndSaysWhichWasAsked(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, taken.getLocalPort())) {
                assertThat(kafka.port().fellBack()).isTrue();
                assertThat(kafka.port().requested()).isEqualTo(taken.getLocalPort());
                assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port().port());
                produce(kafka.bootstrapServers(), "on-fallback-port", 10);
                assertThat(consumeAll(kafka.bootstrapServers(), "on-fallback-port", 10)).hasSize(10);
            }
        }
    }

    static void createAndAwaitOnline(String bootstrap, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try {
                    admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(100);
                }
            }
        }
    }

    static void produce(String bootstrap, String topic, int count) throws Exception {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", bootstrap,
                "enable.idempotence", "true",
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sends.add(producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i)));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
        }
    }

    static List<String> consumeAll(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", bootstrap,
                "group.id", "reader-" + System.nanoTime(),
                "auto.offset.reset", "earliest",
                "isolation.level", "read_committed",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName());
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
        }
        return seen;
    }
}
