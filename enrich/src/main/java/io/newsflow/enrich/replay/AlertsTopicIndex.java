package io.newsflow.enrich.replay;

import io.newsflow.enrich.alert.PriorAlerts;
import io.newsflow.schemas.avro.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts already sent, read from news.alerts when a replay starts. news.alerts is the durable record
 * of what went out (the store and the webhooks are fed from it), and alert ids are deterministic, so an
 * alert id found there is an alert the replay must not send again. Only the alerts still retained by
 * news.alerts are known: see docs/replay.md on retention.
 */
public final class AlertsTopicIndex implements PriorAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsTopicIndex.class);

    private final Map<String, Alert> byId;

    private AlertsTopicIndex(Map<String, Alert> byId) {
        this.byId = byId;
    }

    /**
     * Reads news.alerts (committed records only) from its beginning to the end seen now.
     *
     * @throws IllegalStateException when the end is not reached within {@code timeout}
     */
    public static AlertsTopicIndex load(Map<String, Object> clientProperties, String topic, Deserializer<Alert> deserializer,
                                        Duration timeout) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Alert> byId = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout.toSeconds()
                            + " s: the replay needs it to know which alerts were already sent.");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        continue;
                    }
                    try {
                        Alert alert = deserializer.deserialize(topic, record.value());
                        byId.put(alert.getAlertId(), alert);
                    } catch (SerializationException e) {
                        LOG.warn("Skipping unreadable alert at {}-{}@{}: {}", topic, record.partition(), record.offset(), e.getMessage());
                    }
                }
            }
        }
        LOG.info("{} alerts already sent, read from {}", byId.size(), topic);
        return new AlertsTopicIndex(Map.copyOf(byId));
    }

    @Override
    public Alert find(String alertId) {
        return byId.get(alertId);
    }

    public int size() {
        return byId.size();
    }
}
