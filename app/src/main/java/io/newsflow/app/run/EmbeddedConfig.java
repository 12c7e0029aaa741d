package io.newsflow.app.run;

import io.newsflow.config.Settings;

/**
 * Where the embedded mode's broker and registry listen. The defaults are the ports of Confluent's
 * quickstart, so tools and examples written for it attach to {@code newsflow run} unchanged; a port that is
 * taken is replaced by a free one, and {@code run} says so.
 *
 * @param kafkaPort {@code embedded.kafka.port}, default 9092; 0 picks a free port
 * @param registryPort {@code embedded.registry.port}, default 8081; 0 picks a free port
 */
public record EmbeddedConfig(int kafkaPort, int registryPort) {
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_REGISTRY_PORT = 8081;

    public static EmbeddedConfig from(Settings settings) {
        return new EmbeddedConfig(settings.intValue("embedded.kafka.port", DEFAULT_KAFKA_PORT, 0, 65_535),
                settings.intValue("embedded.registry.port", DEFAULT_REGISTRY_PORT, 0, 65_535));
    }
}
