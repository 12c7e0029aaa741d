package io.newsflow.app.run;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedRegistry;
import java.nio.file.Path;
import java.util.Map;

/**
 * The broker and the registry of the embedded mode, both persistent under the data directory, so a
 * second run on the same directory resumes the topics (and can decode what the first one wrote).
 */
final class EmbeddedInfrastructure implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    static EmbeddedInfrastructure start(Path dataDir) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
        try {
            return new EmbeddedInfrastructure(kafka, EmbeddedRegistry.start(dataDir.resolve("registry")));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** The settings that point every stage at this broker and registry. */
    Map<String, String> settings() {
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(), "registry.url", registry.url());
    }

    @Override
    public void close() {
        registry.close();
        kafka.close();
    }
}
