package io.newsflow.dashboard.live;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live feed of a dashboard running apart from the sink ({@code newsflow dashboard}): follows
 * news.enriched and news.alerts from their latest offsets. The group is unique to this instance, so
 * every dashboard sees every record, and it commits nothing: a restarted page reloads history from the
 * store, not from Kafka. An article may reach the page a moment before the sink has stored it; the page
 * retries opening it. A record that cannot be decoded is logged and skipped, never fatal.
 */
public final class KafkaLiveFeed implements LiveFeed {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaLiveFeed.class);

    private final Map<String, Object> consumerProperties;
    private final String enrichedTopic;
    private final String alertsTopic;
    private final Deserializer<EnrichedArticle> articles;
    private final Deserializer<Alert> alerts;
    private final LiveViews views = new LiveViews();
    private final AtomicBoolean running = new AtomicBoolean();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /**
     * @param clientProperties bootstrap servers and security settings ({@code ClusterConfig.clientProperties()})
     * @param articles value deserializer of news.enriched ({@code NewsflowSerdes.enrichedArticle().deserializer()})
     * @param alerts value deserializer of news.alerts ({@code NewsflowSerdes.alert().deserializer()})
     */
    public KafkaLiveFeed(Map<String, Object> clientProperties, String enrichedTopic, String alertsTopic,
                         Deserializer<EnrichedArticle> articles, Deserializer<Alert> alerts) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        // Always a group of its own, even if kafka.group.id is set for the cluster: a shared group would
        // split the partitions between dashboards and each page would miss most articles.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-dashboard-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dashboard-live");
        this.consumerProperties = Map.copyOf(props);
        this.enrichedTopic = enrichedTopic;
        this.alertsTopic = alertsTopic;
        this.articles = articles;
        this.alerts = alerts;
    }

    @Override
    public void start(LiveListener listener) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("The live feed is already started.");
        }
        consumer = new KafkaConsumer<>(consumerProperties);
        thread = new Thread(() -> run(listener), "dashboard-live-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until partitions are assigned, so what is published afterwards is seen; for tests and start-up. */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(LiveListener listener) {
        KafkaConsumer<byte[], byte[]> kafka = consumer;
        try (kafka) {
            kafka.subscribe(List.of(enrichedTopic, alertsTopic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // Resolve "latest" now, so the feed starts at the present and not at the first poll's.
                    partitions.forEach(kafka::position);
                    assigned.countDown();
                }
            });
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    deliver(record, listener);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("The dashboard's live feed stopped: {}", e.toString(), e);
        }
    }

    private void deliver(ConsumerRecord<byte[], byte[]> record, LiveListener listener) {
        if (record.value() == null) {
            return;
        }
        try {
            if (record.topic().equals(enrichedTopic)) {
                listener.article(views.article(articles.deserialize(record.topic(), record.headers(), record.value())));
            } else {
                listener.alert(views.alert(alerts.deserialize(record.topic(), record.headers(), record.value())));
            }
        } catch (RuntimeException e) {
            LOG.warn("Live feed skips {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        if (running.compareAndSet(true, false)) {
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
