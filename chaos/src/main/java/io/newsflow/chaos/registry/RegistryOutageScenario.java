package io.newsflow.chaos.registry;

import io.newsflow.chaos.ChaosTarget;
import io.newsflow.chaos.ScenarioReport;
import io.newsflow.chaos.load.SyntheticArticles;
import io.newsflow.config.ClusterConfig;
import io.newsflow.embedded.TcpProxy;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.serde.SpecificAvroDeserializer;
import io.newsflow.schemas.serde.SpecificAvroSerde;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;

/**
 * The registry goes away. At start-up, the registration every stage does first fails with a sentence
 * naming the registry's URL. While running (the registry behind a proxy that is cut), serdes keep
 * working for schemas they already know, a schema never seen fails with "unreachable" (after bounded
 * retries) instead of blaming the record, and all of it works again once the registry is back. The
 * client-level specification is the schemas module's RegistryOutageIT; this runs the same story by hand.
 */
public record RegistryOutageScenario() {
    private static final Map<String, String> QUICK_RETRIES = Map.of("retry.max.attempts", "3", "retry.backoff.ms", "50");

    public ScenarioReport run(ChaosTarget target, PrintStream progress) throws IOException {
        ScenarioReport report = new ScenarioReport("registry-outage").load(4);
        ClusterConfig cluster = ClusterConfig.from(target.settings());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String deadUrl = "http://127.0.0.1:" + closedPort + "/apis/ccompat/v7";
        report.fault();
        try {
            new SchemaRegistrar(new SchemaRegistryClient(deadUrl, QUICK_RETRIES)).registerAll(cluster.topics());
            report.verify(false, "start-up against an unreachable registry should have failed");
        } catch (RuntimeException e) {
            report.did("registered the schemas at start-up against " + deadUrl + " (nothing listens): " + e.getMessage());
            report.verify(e.getMessage() != null && e.getMessage().contains(deadUrl),
                    "start-up fails with a sentence naming the registry URL");
        }

        String topic = cluster.topics().raw();
        String otherTopic = topic + ".outage";
        RawArticle article = new SyntheticArticles(target.topicPrefix().replace(".", "") + "r").article(1);
        long checked = 0;
        try (TcpProxy proxy = new TcpProxy(target.registryUrl())) {
            String url = proxy.url(target.registryUrl());
            SpecificAvroSerde<RawArticle> producer = new NewsflowSerdes(new SchemaRegistryClient(url, QUICK_RETRIES)).rawArticle();
            SpecificAvroSerde<RawArticle> consumer = new NewsflowSerdes(new SchemaRegistryClient(url, QUICK_RETRIES)).rawArticle();
            byte[] before = producer.serializer().serialize(topic, article);
            consumer.deserializer().deserialize(topic, before);
            report.did("serialized and read an article through " + url + " (a proxy in front of the registry)");

            proxy.cut();
            report.fault();
            report.did("cut the registry off");
            byte[] during = producer.serializer().serialize(topic, article);
            RawArticle read = consumer.deserializer().deserialize(topic, during);
            checked += 2;
            report.verify(Arrays.equals(before, during) && read.equals(article),
                    "a schema already known keeps working: the article was written and read during the outage");
            SpecificAvroDeserializer<RawArticle> fresh = new SpecificAvroDeserializer<>(
                    new SchemaRegistryClient(url, QUICK_RETRIES), RawArticle.class, false);
            try {
                producer.serializer().serialize(otherTopic, article);
                report.verify(false, "a new subject during the outage should have failed");
            } catch (RuntimeException e) {
                report.verify(e.getMessage() != null && e.getMessage().contains("unreachable"),
                        "a schema not yet known fails after retries, naming the outage, not the record: " + e.getMessage());
            }
            try {
                fresh.deserialize(topic, before);
                report.verify(false, "a reader that never saw the schema id should have failed during the outage");
            } catch (RuntimeException e) {
                report.verify(!(e instanceof org.apache.kafka.common.errors.SerializationException),
                        "a reader that never saw the schema fails with " + e.getClass().getSimpleName()
                                + " (an outage, not a poison record: nothing goes to the dead-letter topic)");
            }

            proxy.restore();
            report.did("brought the registry back");
            byte[] other = producer.serializer().serialize(otherTopic, article);
            boolean recovered = fresh.deserialize(otherTopic, other).equals(article) && fresh.deserialize(topic, before).equals(article);
            checked += 2;
            report.verify(recovered, "after the outage the new subject registers and the fresh reader reads both articles");
        }
        report.counts(checked, 0, 0);
        return report;
    }
}
