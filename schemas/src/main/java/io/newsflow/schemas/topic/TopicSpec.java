package io.newsflow.schemas.topic;

import java.util.Map;

/**
 * One topic of the catalogue: its full name and how it must be created.
 *
 * @param name full topic name, prefix included
 * @param partitions partitions to create it with (scale-out unit of every stage)
 * @param configs topic-level configs (cleanup.policy, retention.ms, ...)
 * @param purpose one line for humans, shown by {@code newsflow topics}
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs, String purpose) {
    public TopicSpec {
        configs = Map.copyOf(configs);
    }

    /** The Schema Registry subject of this topic's values (TopicNameStrategy). */
    public String valueSubject() {
        return name + "-value";
    }

    /** The Schema Registry subject of this topic's keys (TopicNameStrategy). */
    public String keySubject() {
        return name + "-key";
    }
}
