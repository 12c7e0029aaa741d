package io.newsflow.app.run;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedRegistry;
import io.newsflow.embedded.ListenPort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The broker and the registry of the embedded mode, both persistent under the data directory, so a
 * second run on the same directory resumes the topics (and can decode what the first one wrote). They
 * listen on the ports of {@link EmbeddedConfig}, or on free ones when those are taken.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    public static EmbeddedInfrastructure start(Path dataDir, EmbeddedConfig config) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), config.kafkaPort());
        try {
            return new EmbeddedInfrastructure(kafka, EmbeddedRegistry.start(dataDir.resolve("registry"), config.registryPort()));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** The settings that point every stage at this broker and registry. */
    public Map<String, String> settings() {
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(), "registry.url", registry.url());
    }

    public Endpoints endpoints() {
        return new Endpoints(kafka.bootstrapServers(), registry.url());
    }

    /** A sentence for each requested port that was taken, naming the one used instead and the setting. */
    public List<String> portFallbacks() {
        List<String> lines = new ArrayList<>();
        fallback(kafka.port(), "Kafka", kafka.bootstrapServers(), "embedded.kafka.port", lines);
        fallback(registry.port(), "the schema registry", registry.url(), "embedded.registry.port", lines);
        return lines;
    }

    private static void fallback(ListenPort port, String what, String address, String key, List<String> lines) {
        if (port.fellBack()) {
            lines.add("port " + port.requested() + " is taken, so " + what + " listens at " + address
                    + " instead (" + key + " chooses the port; 0 takes any free one)");
        }
    }

    @Override
    public void close() {
        registry.close();
        kafka.close();
    }
}
