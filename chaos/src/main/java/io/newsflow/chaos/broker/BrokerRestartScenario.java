package io.newsflow.chaos.broker;

import io.newsflow.chaos.ChaosTarget;
import io.newsflow.chaos.Provisioning;
import io.newsflow.chaos.ScenarioReport;
import io.newsflow.chaos.TopicReader;
import io.newsflow.chaos.load.SyntheticArticles;
import io.newsflow.config.ClusterConfig;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.ingest.publish.DeliveryReport;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Stops the broker while ingest publishes and starts it again on the same data directory (same ports,
 * as a restarted server keeps its address). The publisher is ingest's own {@link RawArticlePublisher}
 * (idempotent, acks=all, every send callback checked); afterwards news.raw, read with read_committed,
 * must hold every article exactly once and the publisher must report no failure. The scenario owns its
 * broker, since it stops it; {@code target.bootstrapServers()} is not used.
 *
 * @param articles how many articles to publish
 * @param downtime how long the broker stays down
 */
public record BrokerRestartScenario(int articles, Duration downtime) {

    public ScenarioReport run(ChaosTarget target, PrintStream progress) throws Exception {
        ScenarioReport report = new ScenarioReport("broker-restart").load(articles);
        Path dataDir = target.workDir().resolve("kafka");
        int brokerPort = freePort();
        int controllerPort = freePort();
        while (controllerPort == brokerPort) {
            controllerPort = freePort();
        }
        Map<String, String> fixedPorts = Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        String bootstrap = "127.0.0.1:" + brokerPort;
        EmbeddedKafka broker = EmbeddedKafka.start(dataDir, fixedPorts);
        ExecutorService ingest = Executors.newSingleThreadExecutor(r -> new Thread(r, "chaos-ingest"));
        try {
            report.did("started a broker on " + dataDir + " at " + bootstrap);
            ClusterConfig cluster = ClusterConfig.from(target.withBootstrap(bootstrap).settings(
                    Map.of("kafka.delivery.timeout.ms", "120000")));
            NewsflowSerdes serdes = new NewsflowSerdes(Provisioning.provision(cluster));
            SyntheticArticles load = new SyntheticArticles(target.topicPrefix().replace(".", "") + "b");
            CountDownLatch thirdPublished = new CountDownLatch(1);
            Future<DeliveryReport> delivery = ingest.submit(() -> {
                try (RawArticlePublisher publisher = RawArticlePublisher.create(cluster, serdes.rawArticle().serializer())) {
                    for (int i = 0; i < articles; i++) {
                        publisher.publish(load.article(i));
                        if (i == articles / 3) {
                            thirdPublished.countDown();
                        }
                        if (i % 20 == 0) {
                            Thread.sleep(5); // a feed's pace, so publishing spans the outage
                        }
                    }
                    return publisher.flush();
                }
            });
            if (!thirdPublished.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Ingest did not publish a third of the articles within 2 minutes.");
            }
            broker.close();
            report.fault();
            report.did("stopped the broker after " + (articles / 3 + 1) + " of " + articles + " articles were handed to the publisher");
            progress.println("broker-restart: broker stopped; down for " + downtime.toMillis() + " ms while ingest keeps publishing");
            Thread.sleep(downtime.toMillis());
            broker = EmbeddedKafka.start(dataDir, fixedPorts);
            report.did("started the broker again on the same data directory and ports after " + downtime.toMillis() + " ms");
            DeliveryReport result = delivery.get(4, TimeUnit.MINUTES);
            report.did("ingest finished: " + result.acknowledged() + " acknowledged, " + result.failed() + " failed");
            report.verify(result.acknowledged() == articles && result.failed() == 0,
                    "the publisher saw every send acknowledged and none failed " + result.failures());

            List<ConsumerRecord<byte[], byte[]>> records;
            try (TopicReader raw = new TopicReader(cluster, cluster.topics().raw())) {
                records = raw.drain(Duration.ofSeconds(3));
            }
            Set<String> ids = new HashSet<>();
            records.forEach(r -> ids.add(new String(r.key(), StandardCharsets.UTF_8)));
            long lost = articles - ids.size();
            long doubled = records.size() - ids.size();
            report.verify(lost == 0, "news.raw holds all " + articles + " articles (" + ids.size() + " distinct)");
            report.verify(doubled == 0, "news.raw holds none twice (" + records.size() + " records)");
            report.counts(records.size(), lost, doubled);
            return report;
        } finally {
            ingest.shutdownNow();
            broker.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
