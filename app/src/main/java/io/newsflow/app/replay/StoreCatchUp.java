package io.newsflow.app.replay;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Brings the store of the embedded mode up to date after a replay, before the command exits: the sink of
 * {@code newsflow run} (its consumer group, its topics, its store) consumes from where it stopped to the end of
 * news.enriched, news.alerts and news.entity-trends as they are now, then stops.
 *
 * <p>Why here: in the embedded mode no sink runs while a replay holds the broker, so without this the store
 * would keep the old version until the next {@code newsflow run}. Running the live sink's own group (rather than a
 * fresh one) leaves nothing for that next run to redo, and its upserts keep the newest version as always.
 */
final class StoreCatchUp {
    private final SinkConfig config;
    private final ClusterConfig cluster;
    private final SinkDeserializers deserializers;

    /** What the catch-up stored, and in which store. */
    record Result(String store, long records, WriteResult written, long deadLetters, Duration elapsed) {}

    StoreCatchUp(SinkConfig config, ClusterConfig cluster, SinkDeserializers deserializers) {
        this.config = config;
        this.cluster = cluster;
        this.deserializers = deserializers;
    }

    Result run() {
        long started = System.nanoTime();
        SinkTopics topics = new SinkTopics(cluster.topics().enriched(), cluster.topics().alerts(), cluster.topics().entityTrends(),
                cluster.topics().deadLetters(), true, config.readAlerts(), config.readTrends());
        try (Database database = Database.open(config.jdbcUrl(), config.database());
             Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                     SinkService.consumerProperties(cluster, config.groupId(), config.batchSize()),
                     new ByteArrayDeserializer(), new ByteArrayDeserializer());
             Producer<byte[], byte[]> producer = new KafkaProducer<>(SinkService.deadLetterProducerProperties(cluster),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics.subscribed()) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
            }
            // Assigned, not subscribed: the group's committed offsets are where the live sink stopped.
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            AtomicReference<WriteResult> written = new AtomicReference<>(WriteResult.NONE);
            long[] records = {0};
            StoreConsumerLoop loop = new StoreConsumerLoop(consumer, topics, deserializers, new StoreWriter(database),
                    new DeadLetters(producer, topics.deadLetters()), config.retry(), config.pollTimeout(), new SinkListener() {
                        @Override
                        public void onStored(StoreBatch batch, WriteResult result, Map<TopicPartition, Long> nextOffsets) {
                            written.updateAndGet(w -> w.plus(result));
                            records[0] += batch.articles().size() + batch.alerts().size() + batch.trends().size();
                        }
                    });
            loop.run(new StoreConsumerLoop.ReplayRange(end, null));
            return new Result(database.describe(), records[0], written.get(), loop.status().deadLetters(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
