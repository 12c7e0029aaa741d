package io.newsflow.chaos;

import io.newsflow.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a scenario runs: a broker, a registry, a topic prefix of its own (so scenarios never read each
 * other's records) and a working directory for state, stores and child-process logs.
 *
 * @param bootstrapServers the broker
 * @param registryUrl the schema registry
 * @param topicPrefix prefix of every topic and application id of the scenario, e.g. {@code chaos1.}
 * @param workDir state directories, the SQLite store and logs
 */
public record ChaosTarget(String bootstrapServers, String registryUrl, String topicPrefix, Path workDir) {

    /** The settings every stage of the scenario reads, plus {@code extra}. */
    public Settings settings(Map<String, String> extra) {
        return Settings.empty().with(values(extra), "chaos scenario");
    }

    /** The raw key/value settings of {@link #settings(Map)}, e.g. to hand to a child JVM. */
    public Map<String, String> values(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("kafka.bootstrap.servers", bootstrapServers);
        values.put("registry.url", registryUrl);
        values.put("topic.prefix", topicPrefix);
        values.put("topic.partitions", "2");
        values.put("data.dir", workDir.toString());
        values.put("enrich.application.id", topicPrefix + "enrich");
        values.put("enrich.state.dir", workDir.resolve("enrich-state").toString());
        values.put("enrich.threads", "1");
        values.put("enrich.http.port", "-1");
        values.put("enrich.start.timeout", "120s");
        values.put("sink.group.id", topicPrefix + "sink");
        values.put("sink.jdbc.url", "jdbc:sqlite:" + workDir.resolve("store.db"));
        values.putAll(extra);
        return values;
    }

    public Settings settings() {
        return settings(Map.of());
    }

    public ChaosTarget withBootstrap(String bootstrap) {
        return new ChaosTarget(bootstrap, registryUrl, topicPrefix, workDir);
    }
}
