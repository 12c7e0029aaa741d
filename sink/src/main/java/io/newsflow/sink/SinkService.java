package io.newsflow.sink;

import io.newsflow.config.ClusterConfig;
import io.newsflow.sink.consume.DeadLetters;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.consume.SinkStatus;
import io.newsflow.sink.consume.SinkTopics;
import io.newsflow.sink.consume.StoreConsumerLoop;
import io.newsflow.sink.jdbc.BatchWriter;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running sink: a consumer group member on news.enriched, news.alerts and news.entity-trends that
 * stores what it reads in the {@link Database} it is given, on a thread of its own. The database
 * belongs to the caller, because in one process the dashboard reads through the same pool.
 *
 * <p>Kafka clients follow the project's rules: a read_committed consumer without auto-commit (offsets
 * follow the database commit), an idempotent acks=all producer for dead letters.
 */
public final class SinkService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final StoreConsumerLoop loop;
    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final Thread thread;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Throwable failure;

    private SinkService(StoreConsumerLoop loop, Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                        SinkTopics topics) {
        this.loop = loop;
        this.consumer = consumer;
        this.producer = producer;
        loop.subscribe(topics.subscribed());
        this.thread = new Thread(this::runLoop, "newsflow-sink");
    }

    /**
     * Starts the sink on its own thread.
     *
     * @param config the sink's settings (group id, batch size, backoff)
     * @param cluster Kafka, registry and topic names
     * @param deserializers value deserializers, normally {@code NewsflowSerdes}'
     * @param database the store, open and migrated; not closed by this service
     * @param listener told of every stored batch; {@link SinkListener#NONE} when nobody listens
     */
    public static SinkService start(SinkConfig config, ClusterConfig cluster, SinkDeserializers deserializers,
                                    Database database, SinkListener listener) {
        SinkTopics topics = new SinkTopics(cluster.topics().enriched(), cluster.topics().alerts(),
                cluster.topics().entityTrends(), cluster.topics().deadLetters(), true, config.readAlerts(), config.readTrends());
        Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(cluster, config.groupId(), config.batchSize()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Producer<byte[], byte[]> producer = new KafkaProducer<>(deadLetterProducerProperties(cluster),
                new ByteArraySerializer(), new ByteArraySerializer());
        BatchWriter writer = new StoreWriter(database);
        StoreConsumerLoop loop = new StoreConsumerLoop(consumer, topics, deserializers, writer,
                new DeadLetters(producer, topics.deadLetters()), config.retry(), config.pollTimeout(), listener);
        SinkService service = new SinkService(loop, consumer, producer, topics);
        LOG.info("Sink storing {} into {} as group {}", topics.subscribed(), database.describe(), config.groupId());
        service.thread.start();
        return service;
    }

    /** Consumer settings of every sink consumer: read_committed, offsets committed by hand after the database. */
    public static Map<String, Object> consumerProperties(ClusterConfig cluster, String groupId, int batchSize) {
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + Long.toHexString(System.nanoTime()));
        return props;
    }

    /** The dead-letter producer: idempotent, acks=all. */
    public static Map<String, Object> deadLetterProducerProperties(ClusterConfig cluster) {
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }

    public SinkStatus status() {
        return loop.status();
    }

    /** Whether the sink thread is still running (false after a fatal error or close). */
    public boolean isRunning() {
        return ended.getCount() > 0;
    }

    /** The error that ended the sink thread, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Stops consuming (the batch in hand is not committed and will be read again) and closes the Kafka clients. */
    @Override
    public void close() {
        loop.stop();
        try {
            if (!ended.await(30, TimeUnit.SECONDS)) {
                LOG.warn("The sink thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runLoop() {
        try {
            loop.run();
        } catch (Throwable e) {
            failure = e;
            LOG.error("The sink stopped on an error; uncommitted records will be consumed again on restart", e);
        } finally {
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                LOG.debug("Closing the sink consumer", e);
            }
            producer.close(Duration.ofSeconds(5));
            ended.countDown();
        }
    }
}
