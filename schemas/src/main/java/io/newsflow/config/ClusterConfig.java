package io.newsflow.config;

import io.newsflow.schemas.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How every stage reaches the shared infrastructure: Kafka, the Schema Registry and the topic names.
 *
 * @param bootstrapServers {@code kafka.bootstrap.servers}
 * @param kafka every {@code kafka.*} key (prefix removed), passed through to each Kafka client:
 *     security.protocol, sasl.*, ssl.* and any tuning
 * @param registryUrl {@code registry.url}: a Confluent-compatible Schema Registry
 * @param registry every {@code registry.*} key other than the URL (basic.auth.user.info, ssl.truststore.*)
 * @param topics the topic catalogue from {@code topic.prefix}, {@code topic.partitions}, {@code topic.raw.retention}
 */
public record ClusterConfig(String bootstrapServers, Map<String, String> kafka, String registryUrl,
                            Map<String, String> registry, Topics topics) {

    public ClusterConfig {
        kafka = Map.copyOf(kafka);
        registry = Map.copyOf(registry);
    }

    /** Partitions of the data topics unless {@code topic.partitions} says otherwise. */
    public static final int DEFAULT_PARTITIONS = 6;

    public static ClusterConfig from(Settings settings) {
        String bootstrap = settings.required("kafka.bootstrap.servers");
        String registryUrl = settings.required("registry.url");
        if (!registryUrl.startsWith("http://") && !registryUrl.startsWith("https://")) {
            throw settings.wrong("registry.url", "must be an http:// or https:// URL");
        }
        String prefix = settings.string("topic.prefix", Topics.DEFAULT_PREFIX);
        // 6 divides evenly among 1, 2, 3 or 6 stream threads. Streams spreads tasks, not work: with 3
        // partitions on a 2-core machine one thread enriched twice what the other did (JFR, bench e2e).
        int partitions = settings.intValue("topic.partitions", DEFAULT_PARTITIONS, 1, 10_000);
        Duration rawRetention = settings.duration("topic.raw.retention", Duration.ofDays(365));
        Topics topics;
        try {
            topics = new Topics(prefix, partitions, rawRetention);
        } catch (IllegalArgumentException e) {
            throw settings.wrong("topic.prefix", "may only contain letters, digits, '.', '_' and '-'");
        }
        Map<String, String> registryProps = new HashMap<>(settings.withPrefix("registry."));
        registryProps.remove("url");
        return new ClusterConfig(bootstrap, settings.withPrefix("kafka."), registryUrl.replaceAll("/+$", ""),
                registryProps, topics);
    }

    /** Client properties common to producers, consumers, admin clients and Streams. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    @Override
    public String toString() {
        // Kafka pass-through may hold SASL secrets: never print them.
        return "ClusterConfig[bootstrapServers=" + bootstrapServers + ", registryUrl=" + registryUrl
                + ", topicPrefix=" + topics.prefix() + ", kafkaKeys=" + kafka.keySet() + "]";
    }
}
