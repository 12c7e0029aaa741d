package io.newsflow.app.bench.e2e;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes when each article first becomes readable on a topic to a downstream reader: read_committed,
 * assigned every partition and positioned at the end before the stage starts, so nothing already there
 * counts and no group rebalance delays the first record.
 */
final class TopicWatcher implements AutoCloseable {
    private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
    private final Thread thread;
    private final CountDownLatch positioned = new CountDownLatch(1);
    private volatile boolean stop;

    /** @param articleId the article a record is about (from its key and value bytes), or null to ignore it */
    TopicWatcher(Map<String, Object> clientProperties, String topic, BiFunction<String, byte[], String> articleId) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-watch-" + topic);
        thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                positioned.countDown();
                while (!stop) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        String id = record.value() == null ? null : articleId.apply(record.key(), record.value());
                        if (id != null) {
                            firstSeenNanos.putIfAbsent(id, now);
                        }
                    }
                }
            }
        }, "bench-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    void awaitPositioned() throws InterruptedException {
        if (!positioned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The reader of the benchmark did not reach the end of its topic within 60 s");
        }
    }

    Map<String, Long> firstSeenNanos() {
        return firstSeenNanos;
    }

    int seen() {
        return firstSeenNanos.size();
    }

    /** Waits until {@code count} articles were seen or the deadline passed; true when all were seen. */
    boolean awaitSeen(int count, long deadlineNanos) throws InterruptedException {
        while (firstSeenNanos.size() < count && System.nanoTime() < deadlineNanos) {
            Thread.sleep(5);
        }
        return firstSeenNanos.size() >= count;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join(10_000);
    }
}
