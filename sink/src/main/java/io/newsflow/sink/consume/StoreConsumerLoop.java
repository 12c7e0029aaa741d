package io.newsflow.sink.consume;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.schemas.registry.SchemaRegistryException;
import io.newsflow.sink.jdbc.BatchWriter;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.WriteResult;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop: poll, write the batch in one database transaction, and only then commit
 * the batch's offsets. A crash anywhere before the commit replays the batch, which the idempotent
 * store absorbs; a commit never runs ahead of the database.
 *
 * <p>When the database is unreachable the loop pauses every assigned partition, keeps polling (so the
 * consumer stays in its group without fetching), retries the same batch with backoff, commits nothing,
 * and resumes when a write succeeds; an unreachable schema registry is waited out the same way. A
 * record that cannot be read (bad bytes, unknown schema), or that the database refuses on its own (bad
 * data, not an outage), goes to the dead-letter topic and the rest of its batch is stored.
 *
 * <p>Single-threaded like the Kafka consumer it drives; {@link #stop()} is the one method for other threads.
 */
public final class StoreConsumerLoop {
    private static final Logger LOG = LoggerFactory.getLogger(StoreConsumerLoop.class);
    private static final Duration PAUSED_POLL = Duration.ofMillis(200);

    private final Consumer<byte[], byte[]> consumer;
    private final RecordDecoder decoder;
    private final BatchWriter writer;
    private final DeadLetters deadLetters;
    private final Backoff backoff;
    private final Duration pollTimeout;
    private final SinkListener listener;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean storeDown;
    private volatile String lastError;
    private final Set<TopicPartition> finished = new HashSet<>();

    public StoreConsumerLoop(Consumer<byte[], byte[]> consumer, SinkTopics topics, SinkDeserializers deserializers,
                             BatchWriter writer, DeadLetters deadLetters, Backoff backoff, Duration pollTimeout,
                             SinkListener listener) {
        this.consumer = consumer;
        this.decoder = new RecordDecoder(topics, deserializers);
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.backoff = backoff;
        this.pollTimeout = pollTimeout;
        this.listener = listener;
    }

    /** Joins the consumer group on these topics; partitions assigned while the store is down start paused. */
    public void subscribe(Collection<String> topics) {
        consumer.subscribe(topics, new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // Nothing to do: every stored batch is committed at once, and nothing is committed while the store is down.
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (storeDown) {
                    consumer.pause(partitions);
                }
            }
        });
    }

    /** Consumes until {@link #stop()}. */
    public void run() {
        run(null);
    }

    /**
     * Consumes the assigned partitions up to {@code range}'s end offsets, then returns: a bounded replay.
     * Records at or after a partition's end offset are left alone; records stamped at or after
     * {@code range.before()} are skipped (counted and committed, not stored).
     */
    public void run(ReplayRange range) {
        try {
            if (range != null) {
                markFinished(range);
            }
            while (!stopping.get() && !(range != null && finished.containsAll(range.endOffsets().keySet()))) {
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(pollTimeout);
                if (!polled.isEmpty()) {
                    process(polled, range);
                }
                if (range != null) {
                    markFinished(range);
                }
            }
        } catch (WakeupException | InterruptException | Stopped e) {
            if (!stopping.get()) {
                throw e;
            }
            LOG.info("Sink stopping; the batch in hand (if any) is not committed and will be consumed again");
        }
    }

    /** Asks the loop to end; it leaves at its next poll or retry, committing nothing more. */
    public void stop() {
        stopping.set(true);
        consumer.wakeup();
    }

    public SinkStatus status() {
        return new SinkStatus(batches.get(), records.get(), deadLettered.get(), storeDown, lastError);
    }

    private void process(ConsumerRecords<byte[], byte[]> polled, ReplayRange range) {
        List<Item> items = new ArrayList<>(polled.count());
        Map<TopicPartition, Long> next = new HashMap<>();
        int counted = 0;
        for (ConsumerRecord<byte[], byte[]> record : polled) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (range != null && record.offset() >= range.endOffsets().getOrDefault(partition, Long.MAX_VALUE)) {
                continue;
            }
            next.put(partition, record.offset() + 1);
            counted++;
            if (range != null && range.before() != null && record.timestamp() >= range.before().toEpochMilli()) {
                continue;
            }
            Object value;
            try {
                value = decodeDurably(record);
            } catch (Stopped e) {
                throw e;
            } catch (RuntimeException e) {
                deadLetter(record, e);
                continue;
            }
            if (value != null) {
                items.add(new Item(record, value));
            }
        }
        WriteResult result = items.isEmpty() ? WriteResult.NONE : writeDurably(items);
        deadLetters.flush();
        commit(next);
        batches.incrementAndGet();
        records.addAndGet(counted);
        try {
            listener.onStored(batchOf(items), result, next);
        } catch (RuntimeException e) {
            LOG.warn("A sink listener failed; the batch is stored and committed regardless", e);
        }
    }

    /**
     * Decodes a record, waiting out an unreachable registry: the record is not at fault then, and
     * setting it aside would lose it from the store. Bad bytes throw at once.
     */
    private Object decodeDurably(ConsumerRecord<byte[], byte[]> record) {
        int failures = 0;
        while (true) {
            if (stopping.get()) {
                throw new Stopped();
            }
            try {
                Object value = decoder.decode(record);
                if (failures > 0) {
                    LOG.info("The schema registry answers again after {} failed attempts; resuming consumption", failures);
                    resumeAssigned();
                }
                return value;
            } catch (SchemaRegistryException e) {
                lastError = e.toString();
                if (failures == 0) {
                    LOG.warn("Cannot reach the schema registry ({}); pausing consumption and retrying with backoff", e.getMessage());
                }
                consumer.pause(consumer.assignment());
                waitPaused(backoff.delay(failures++));
            }
        }
    }

    /** Writes the items, waiting out an outage; sets aside items the database refuses for their own sake. */
    private WriteResult writeDurably(List<Item> items) {
        StoreBatch batch = batchOf(items);
        int failures = 0;
        while (true) {
            if (stopping.get()) {
                throw new Stopped();
            }
            try {
                WriteResult result = writer.write(batch);
                endOutage(failures);
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!isRecordError(e)) {
                    beginOutage(e, failures);
                    waitPaused(backoff.delay(failures++));
                    continue;
                }
                if (items.size() == 1) {
                    endOutage(failures);
                    deadLetter(items.get(0).record(), e);
                    return WriteResult.NONE;
                }
                LOG.warn("The store refused a batch of {} records ({}); writing them one by one to set the bad one aside",
                        items.size(), e.toString());
                WriteResult total = WriteResult.NONE;
                for (Item item : items) {
                    total = total.plus(writeDurably(List.of(item)));
                }
                return total;
            }
        }
    }

    /**
     * Whether the database refused this data rather than failed to be reached: PostgreSQL data and
     * constraint errors (SQLSTATE classes 22 and 23), SQLite's TOOBIG, CONSTRAINT and MISMATCH, and a
     * value the writer cannot bind at all. Anything else is treated as an outage and retried, because
     * setting a good record aside would lose it from the store.
     */
    private boolean isRecordError(Exception e) {
        if (e instanceof RuntimeException) {
            return !(e instanceof Stopped) && writer.reachable();
        }
        SQLException sql = (SQLException) e;
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            return writer.reachable();
        }
        int sqliteCode = sql.getErrorCode() & 0xff;
        boolean sqlite = String.valueOf(sql.getMessage()).startsWith("[SQLITE_");
        return sqlite && (sqliteCode == 18 || sqliteCode == 19 || sqliteCode == 20);
    }

    private void beginOutage(Exception e, int failures) {
        lastError = e.toString();
        if (!storeDown) {
            storeDown = true;
            LOG.warn("The store is unreachable ({}); pausing consumption and retrying with backoff, nothing is committed meanwhile", e.toString());
            listener.onStoreAvailability(true, e.toString());
        } else {
            LOG.debug("Store still unreachable after {} attempts: {}", failures + 1, e.toString());
        }
        consumer.pause(consumer.assignment());
    }

    private void endOutage(int failures) {
        if (storeDown) {
            storeDown = false;
            resumeAssigned();
            LOG.info("The store is reachable again after {} failed attempts; resuming consumption", failures);
            listener.onStoreAvailability(false, "reachable");
        }
    }

    private void resumeAssigned() {
        Set<TopicPartition> resume = new HashSet<>(consumer.assignment());
        resume.removeAll(finished);
        consumer.resume(resume);
    }

    /** Sleeps by polling a paused consumer, so the group does not evict it for missing max.poll.interval. */
    private void waitPaused(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        do {
            consumer.pause(consumer.assignment());
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            ConsumerRecords<byte[], byte[]> stray = consumer.poll(Duration.ofMillis(Math.min(left, PAUSED_POLL.toMillis())));
            // Paused partitions return nothing; should a fresh assignment slip through, read it again later.
            for (TopicPartition partition : stray.partitions()) {
                consumer.seek(partition, stray.records(partition).get(0).offset());
            }
        } while (System.nanoTime() < deadline && !stopping.get());
    }

    private void commit(Map<TopicPartition, Long> next) {
        if (next.isEmpty()) {
            return;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        next.forEach((partition, offset) -> {
            if (assigned.contains(partition)) {
                offsets.put(partition, new OffsetAndMetadata(offset));
            }
        });
        try {
            consumer.commitSync(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions moved to another instance, which will store these records again: harmless.
            LOG.info("Offsets not committed after a rebalance ({}); the new owner re-stores the batch idempotently", e.toString());
        }
    }

    private void markFinished(ReplayRange range) {
        for (Map.Entry<TopicPartition, Long> end : range.endOffsets().entrySet()) {
            if (!finished.contains(end.getKey()) && consumer.position(end.getKey()) >= end.getValue()) {
                finished.add(end.getKey());
                consumer.pause(List.of(end.getKey()));
            }
        }
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, Exception e) {
        deadLetters.send(record, e);
        deadLettered.incrementAndGet();
    }

    private static StoreBatch batchOf(List<Item> items) {
        List<EnrichedArticle> articles = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        List<EntityTrend> trends = new ArrayList<>();
        for (Item item : items) {
            if (item.value() instanceof EnrichedArticle a) {
                articles.add(a);
            } else if (item.value() instanceof Alert a) {
                alerts.add(a);
            } else if (item.value() instanceof EntityTrend t) {
                trends.add(t);
            }
        }
        return new StoreBatch(articles, alerts, trends);
    }

    private record Item(ConsumerRecord<byte[], byte[]> record, Object value) {
    }

    /** Unwinds a retry when the loop is asked to stop. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("sink stopping", null, false, false);
        }
    }

    /**
     * The end of a bounded replay.
     *
     * @param endOffsets per partition, the offset to stop before (captured when the replay starts)
     * @param before records stamped at or after this instant are skipped; null for no limit
     */
    public record ReplayRange(Map<TopicPartition, Long> endOffsets, Instant before) {
        public ReplayRange {
            endOffsets = Map.copyOf(endOffsets);
        }
    }
}
