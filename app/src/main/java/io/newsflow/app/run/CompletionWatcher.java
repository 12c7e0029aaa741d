package io.newsflow.app.run;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waits until every article a run published is either stored (at least at the revision published) or
 * dead-lettered by a stage, which is what "processed" means for {@code run --once}.
 *
 * <p>The dead-letter topic is read from the end offsets taken before the run published anything, so
 * an old dead letter of the same id does not count.
 */
final class CompletionWatcher implements AutoCloseable {
    private static final int CHUNK = 400;

    private final DataSource store;
    private final KafkaConsumer<byte[], byte[]> deadLetters;
    private final Set<String> deadLettered = new HashSet<>();
    private final Map<String, String> deadLetterReasons = new HashMap<>();

    CompletionWatcher(DataSource store, Map<String, Object> clientProperties, String deadLetterTopic) {
        this.store = store;
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-run-once");
        this.deadLetters = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = deadLetters.partitionsFor(deadLetterTopic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        deadLetters.assign(partitions);
        deadLetters.seekToEnd(partitions);
        partitions.forEach(deadLetters::position);
    }

    /** What became of the articles of one run. */
    record Outcome(int stored, int deadLettered, List<String> missing, Map<String, String> reasons) {
        boolean complete() {
            return missing.isEmpty();
        }
    }

    /** Polls until every article is accounted for or {@code timeout} passes. */
    Outcome await(Map<String, Integer> published, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            pollDeadLetters();
            Set<String> stored = stored(published);
            List<String> missing = published.keySet().stream()
                    .filter(id -> !stored.contains(id) && !deadLettered.contains(id)).sorted().toList();
            int lettered = (int) published.keySet().stream().filter(deadLettered::contains).filter(id -> !stored.contains(id)).count();
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                return new Outcome(stored.size(), lettered, missing, Collections.unmodifiableMap(deadLetterReasons));
            }
            Thread.sleep(200);
        }
    }

    private void pollDeadLetters() {
        for (ConsumerRecord<byte[], byte[]> record : deadLetters.poll(Duration.ofMillis(50))) {
            if (record.key() != null) {
                String id = new String(record.key(), StandardCharsets.UTF_8);
                deadLettered.add(id);
                var header = record.headers().lastHeader("newsflow.error.message");
                if (header == null) {
                    header = record.headers().lastHeader("__streams.errors.message");
                }
                deadLetterReasons.put(id, header == null ? "see news.dlq" : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
    }

    private Set<String> stored(Map<String, Integer> published) {
        Set<String> stored = new HashSet<>();
        List<String> ids = new ArrayList<>(published.keySet());
        try (Connection connection = store.getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT id, revision FROM articles WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            if (rows.getInt(2) >= published.get(rows.getString(1))) {
                                stored.add(rows.getString(1));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            // The store may be busy or briefly down: the next poll asks again.
        }
        return stored;
    }

    @Override
    public void close() {
        deadLetters.close();
    }
}
