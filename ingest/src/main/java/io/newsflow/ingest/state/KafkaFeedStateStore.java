package io.newsflow.ingest.state;

import io.newsflow.config.ClusterConfig;
import io.newsflow.schemas.avro.FeedState;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves feed state to the compacted topic news.feed-state, key = feed URL, with an idempotent
 * producer: the latest value per feed survives compaction and is what a restarted (or the next)
 * owner of the feed reads back. A failed save is logged and counted; the next poll saves again.
 */
public final class KafkaFeedStateStore implements FeedStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaFeedStateStore.class);

    private final Producer<String, FeedState> producer;
    private final String topic;
    private final AtomicLong failures = new AtomicLong();

    public KafkaFeedStateStore(Producer<String, FeedState> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** A store on the configured cluster; {@code valueSerializer} = {@code new NewsflowSerdes(client).feedState().serializer()}. */
    public static KafkaFeedStateStore create(ClusterConfig cluster, Serializer<FeedState> valueSerializer) {
        Map<String, Object> props = new java.util.HashMap<>(cluster.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 50);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-state");
        return new KafkaFeedStateStore(new KafkaProducer<>(props, new StringSerializer(), valueSerializer), cluster.topics().feedState());
    }

    @Override
    public void save(FeedState state) {
        try {
            producer.send(new ProducerRecord<>(topic, state.getFeedUrl(), state), (metadata, exception) -> {
                if (exception != null) {
                    failures.incrementAndGet();
                    LOG.warn("Saving the state of {} to {} failed: {}", state.getFeedUrl(), topic, exception.toString());
                }
            });
        } catch (KafkaException e) {
            failures.incrementAndGet();
            LOG.warn("Saving the state of {} to {} failed: {}", state.getFeedUrl(), topic, e.toString());
        }
    }

    /** Waits until every save so far is acknowledged (before giving feeds away in a rebalance). */
    public void flush() {
        producer.flush();
    }

    public long failures() {
        return failures.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
