package io.newsflow.sink.replay;

import io.newsflow.config.ClusterConfig;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.consume.DeadLetters;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.consume.SinkTopics;
import io.newsflow.sink.consume.StoreConsumerLoop;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import io.newsflow.sink.jdbc.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the store from the topics for a time range: a bounded run of the sink's own loop under a
 * consumer group of its own, so the live sink is not disturbed. It starts at the first offset stamped
 * at or after {@code from} (Kafka's time index makes that exact), captures the end offsets when it
 * starts and stops there, skipping records stamped at or after {@code to}. Because the store is
 * idempotent and keeps the newest enrichment, replaying a range twice leaves the same rows.
 *
 * <p>Interrupted, it resumes from its committed offsets when run again with the same range; once a run
 * completes it marks its offsets complete, so the next run of that range starts over from {@code from}.
 */
public final class StoreReplay implements AutoCloseable {
    static final String COMPLETE = "newsflow-replay-complete";
    private static final Logger LOG = LoggerFactory.getLogger(StoreReplay.class);

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final SinkTopics topics;
    private final SinkDeserializers deserializers;
    private final StoreWriter writer;
    private final SinkConfig config;
    private final AtomicReference<StoreConsumerLoop> running = new AtomicReference<>();

    public StoreReplay(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer, SinkTopics topics,
                       SinkDeserializers deserializers, Database database, SinkConfig config) {
        this.consumer = consumer;
        this.producer = producer;
        this.topics = topics;
        this.deserializers = deserializers;
        this.writer = new StoreWriter(database);
        this.config = config;
    }

    /** A replay with real Kafka clients for this request's consumer group. */
    public static StoreReplay create(SinkConfig config, ClusterConfig cluster, SinkDeserializers deserializers,
                                     Database database, ReplayRequest request) {
        SinkTopics topics = request.alertsAndTrends() ? SinkTopics.all(cluster.topics()) : SinkTopics.enrichedOnly(cluster.topics());
        Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                SinkService.consumerProperties(cluster, request.groupIdOr(config.groupId()), config.batchSize()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Producer<byte[], byte[]> producer = new KafkaProducer<>(SinkService.deadLetterProducerProperties(cluster),
                new ByteArraySerializer(), new ByteArraySerializer());
        return new StoreReplay(consumer, producer, topics, deserializers, database, config);
    }

    /** Runs the replay to the end of its range (or until {@link #stop()}), on the calling thread. */
    public ReplayResult run(ReplayRequest request, ReplayProgress progress) {
        long started = System.nanoTime();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.subscribed()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("Topic " + topic + " does not exist: nothing to replay.");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        Map<TopicPartition, Long> start = startOffsets(partitions, request.from(), end);
        Map<TopicPartition, Long> resumeAt = resumeOffsets(partitions, start, end);
        resumeAt.forEach(consumer::seek);

        long total = 0;
        long alreadyDone = 0;
        for (TopicPartition p : partitions) {
            total += Math.max(0, end.get(p) - start.get(p));
            alreadyDone += Math.max(0, resumeAt.get(p) - start.get(p));
        }
        LOG.info("Replaying {} records of {} from {} to {} ({} already done by an interrupted run)",
                total, topics.subscribed(), request.from(), request.to() == null ? "the current end" : request.to(), alreadyDone);

        long totalRecords = total;
        Map<TopicPartition, Long> position = new HashMap<>(resumeAt);
        AtomicReference<WriteResult> written = new AtomicReference<>(WriteResult.NONE);
        SinkListener listener = new SinkListener() {
            @Override
            public void onStored(StoreBatch batch, WriteResult result, Map<TopicPartition, Long> nextOffsets) {
                written.updateAndGet(w -> w.plus(result));
                position.putAll(nextOffsets);
                progress.update(doneOf(position, start), totalRecords);
            }
        };
        StoreConsumerLoop loop = new StoreConsumerLoop(consumer, topics, deserializers, writer,
                new DeadLetters(producer, topics.deadLetters()), config.retry(), config.pollTimeout(), listener);
        running.set(loop);
        progress.update(alreadyDone, total);
        loop.run(new StoreConsumerLoop.ReplayRange(end, request.to()));

        boolean complete = partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
        if (complete) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            end.forEach((p, offset) -> done.put(p, new OffsetAndMetadata(offset, COMPLETE)));
            consumer.commitSync(done);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new ReplayResult(total, doneOf(position, start) - alreadyDone, written.get(),
                loop.status().deadLetters(), elapsed, complete);
    }

    /** Asks a running replay to stop after its current batch; safe from another thread (e.g. a shutdown hook). */
    public void stop() {
        StoreConsumerLoop loop = running.get();
        if (loop != null) {
            loop.stop();
        }
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }

    private Map<TopicPartition, Long> startOffsets(List<TopicPartition> partitions, Instant from, Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = found.get(p);
            start.put(p, at == null ? end.get(p) : Math.min(at.offset(), end.get(p)));
        }
        return start;
    }

    /** Committed offsets of an interrupted run of this range, else the start offsets. */
    private Map<TopicPartition, Long> resumeOffsets(List<TopicPartition> partitions, Map<TopicPartition, Long> start,
                                                    Map<TopicPartition, Long> end) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions), Duration.ofSeconds(30));
        boolean finishedBefore = committed.values().stream().anyMatch(c -> c != null && COMPLETE.equals(c.metadata()));
        Map<TopicPartition, Long> resume = new HashMap<>();
        for (TopicPartition p : partitions) {
            OffsetAndMetadata c = committed.get(p);
            long offset = start.get(p);
            if (!finishedBefore && c != null && c.offset() > offset) {
                offset = Math.min(c.offset(), end.get(p));
            }
            resume.put(p, offset);
        }
        return resume;
    }

    private static long doneOf(Map<TopicPartition, Long> position, Map<TopicPartition, Long> start) {
        long done = 0;
        for (Map.Entry<TopicPartition, Long> e : position.entrySet()) {
            done += Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), e.getValue()));
        }
        return done;
    }
}
