package io.newsflow.schemas.serde;

import static io.newsflow.schemas.serde.SpecificAvroSerdeTest.fullArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.embedded.TcpProxy;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.RegistryForTests;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry goes away: at start-up the failure names its URL; while running, schemas already
 * known keep working, new ones fail (after bounded retries) without blaming the record, and
 * everything recovers when the registry comes back.
 */
class RegistryOutageIT {
    private static final Map<String, String> QUICK_RETRIES = Map.of("retry.max.attempts", "3", "retry.backoff.ms", "20");

    private final TcpProxy proxy = new TcpProxy(RegistryForTests.url());
    private final String proxiedUrl = proxy.url(RegistryForTests.url());
    private final String topic = "it" + UUID.randomUUID().toString().substring(0, 8) + ".raw";

    @AfterEach
    void stop() {
        proxy.close();
    }

    @Test
    void anUnreachableRegistryAtStartUpNamesItsUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/apis/ccompat/v7";
        SchemaRegistryClient client = new SchemaRegistryClient(url, QUICK_RETRIES);

        assertThatThrownBy(() -> new NewsflowSerdes(client).rawArticle().serializer().serialize(topic, fullArticle()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("Schema Registry at " + url + " is unreachable: Connection refused");
    }

    @Test
    void knownSchemasKeepWorkingWhileTheRegistryIsLostAndNewOnesRecoverWhenItReturns() {
        SchemaRegistryClient producerSide = new SchemaRegistryClient(proxiedUrl, QUICK_RETRIES);
        SchemaRegistryClient consumerSide = new SchemaRegistryClient(proxiedUrl, QUICK_RETRIES);
        SpecificAvroSerde<RawArticle> producer = new NewsflowSerdes(producerSide).rawArticle();
        SpecificAvroSerde<RawArticle> consumer = new NewsflowSerdes(consumerSide).rawArticle();
        byte[] before = producer.serializer().serialize(topic, fullArticle());
        assertThat(consumer.deserializer().deserialize(topic, before)).isEqualTo(fullArticle());

        proxy.cut();

        byte[] during = producer.serializer().serialize(topic, fullArticle());
        assertThat(during).isEqualTo(before);
        assertThat(consumer.deserializer().deserialize(topic, during)).isEqualTo(fullArticle());
        String otherTopic = topic + ".other";
        assertThatThrownBy(() -> producer.serializer().serialize(otherTopic, fullArticle()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("Schema Registry at " + proxiedUrl + " is unreachable")
                .hasMessageContaining(otherTopic + "-value");
        SpecificAvroDeserializer<RawArticle> freshConsumer =
                new SpecificAvroDeserializer<>(new SchemaRegistryClient(proxiedUrl, QUICK_RETRIES), RawArticle.class, false);
        assertThatThrownBy(() -> freshConsumer.deserialize(topic, before))
                .as("an outage is not the record's fault: not a SerializationException")
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("is unreachable");

        proxy.restore();

        byte[] other = producer.serializer().serialize(otherTopic, fullArticle());
        assertThat(freshConsumer.deserialize(otherTopic, other)).isEqualTo(fullArticle());
        assertThat(freshConsumer.deserialize(topic, before)).isEqualTo(fullArticle());
    }
}
