package io.newsflow.ingest.state;

import io.newsflow.schemas.avro.FeedState;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads the latest state of every feed in some partitions of news.feed-state, from the beginning to
 * the end offsets taken at the start (a compacted topic holds one value per feed, plus what was not
 * compacted yet; the last one wins). Uses its own assign-mode consumer, never a group.
 */
public final class FeedStateReader {
    private final Consumer<String, FeedState> consumer;
    private final String topic;

    public FeedStateReader(Consumer<String, FeedState> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** The partition of news.feed-state that {@code feedUrl}'s state lands in: Kafka's default partitioner for the key. */
    public static int partitionOf(String feedUrl, int partitions) {
        return Utils.toPositive(Utils.murmur2(feedUrl.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
    }

    public int partitionCount() {
        return consumer.partitionsFor(topic, Duration.ofSeconds(30)).size();
    }

    /** Every partition of the topic. */
    public Map<String, FeedState> readAll(Duration timeout) {
        List<Integer> all = consumer.partitionsFor(topic, timeout).stream().map(p -> p.partition()).toList();
        return read(all, timeout);
    }

    /** Latest state per feed URL in {@code partitions}. */
    public synchronized Map<String, FeedState> read(Collection<Integer> partitions, Duration timeout) {
        List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic, p)).toList();
        Map<String, FeedState> states = new HashMap<>();
        if (tps.isEmpty()) {
            return states;
        }
        consumer.assign(tps);
        consumer.seekToBeginning(tps);
        Map<TopicPartition, Long> end = consumer.endOffsets(tps, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> remaining = end.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        while (!remaining.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Reading " + topic + " partitions " + partitions + " took longer than " + timeout);
            }
            for (ConsumerRecord<String, FeedState> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.value() == null) {
                    states.remove(record.key());
                } else {
                    states.put(record.key(), record.value());
                }
            }
            remaining.keySet().removeIf(tp -> consumer.position(tp) >= remaining.get(tp));
        }
        consumer.unsubscribe();
        return states;
    }
}
