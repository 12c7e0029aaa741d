package io.newsflow.sink.alert;

import io.newsflow.schemas.avro.AlertRule;
import java.io.Closeable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current rules, as delivery needs them for webhook addresses: a follower of the compacted topic
 * news.alert-rules (no consumer group: every delivery instance reads all of it). Alerts carry the rule id
 * and version, not the webhook; when an alert names a rule or version not seen yet, delivery first
 * catches up with the topic. Used from one thread.
 */
public final class RuleDirectory implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(RuleDirectory.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<AlertRule> deserializer;
    private final String topic;
    private final Map<String, AlertRule> rules = new HashMap<>();
    private List<TopicPartition> partitions = List.of();

    public RuleDirectory(Map<String, Object> clientProperties, String topic, Deserializer<AlertRule> deserializer) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-alert-rules-follower");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.deserializer = deserializer;
        this.topic = topic;
    }

    /** Reads the topic up to its current end. */
    public void catchUp(Duration timeout) {
        if (partitions.isEmpty()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("Topic " + topic + " does not exist.");
            }
            partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue()) && System.nanoTime() < deadline) {
            apply(Duration.ofMillis(100));
        }
    }

    /** Takes whatever changed since the last call, without waiting. */
    public void poll() {
        if (!partitions.isEmpty()) {
            apply(Duration.ZERO);
        }
    }

    private void apply(Duration wait) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            if (record.key() == null) {
                continue;
            }
            if (record.value() == null) {
                rules.remove(record.key());
                continue;
            }
            try {
                rules.put(record.key(), deserializer.deserialize(record.topic(), record.value()));
            } catch (SerializationException e) {
                log.warn("Rule record {} at {}-{}@{} is unreadable and ignored: {}", record.key(), record.topic(),
                        record.partition(), record.offset(), e.getMessage());
            }
        }
    }

    public Optional<AlertRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
