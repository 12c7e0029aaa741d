package io.newsflow.sink.alert;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.topic.Topics;
import java.io.Closeable;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people about alerts: consumes news.alerts (read_committed, its own consumer group), prints each
 * alert and hands it to its rule's webhook. Records that only update the duplicate count of an alert
 * already sent ({@code countUpdate}) are not delivered again. The consumer thread never waits for a
 * receiver: webhooks run on {@link WebhookDispatcher}'s per-hook workers, and what they cannot deliver
 * goes to news.dlq. Offsets are committed once alerts are handed over, so a crash may deliver an alert
 * twice (receivers deduplicate on {@code alertId}, also sent as {@code X-Newsflow-Alert-Id}); a queued
 * alert still undelivered at shutdown goes to news.dlq rather than being lost.
 *
 * <p>Start with {@link #start()}, stop with {@link #close()}.
 */
public final class AlertDelivery implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);

    private final Topics topics;
    private final DeliveryConfig config;
    private final Deserializer<Alert> alertDeserializer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final RuleDirectory rules;
    private final WebhookDispatcher webhooks;
    private final Consumer<DeliveryFailure> deadLetters;
    private final AutoCloseable deadLetterCloser;
    private final ConsoleAlerts console;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param clientProperties bootstrap.servers and security ({@code ClusterConfig.clientProperties()})
     * @param alertDeserializer {@code NewsflowSerdes.alert().deserializer()}
     * @param ruleDeserializer {@code NewsflowSerdes.alertRule().deserializer()}
     * @param out where the console lines go (System.out), or null for no console output
     */
    public AlertDelivery(Map<String, Object> clientProperties, Topics topics, DeliveryConfig config,
                         Deserializer<Alert> alertDeserializer, Deserializer<AlertRule> ruleDeserializer, PrintStream out) {
        this.topics = topics;
        this.config = config;
        this.alertDeserializer = alertDeserializer;
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-alert-delivery");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.rules = new RuleDirectory(clientProperties, topics.alertRules(), ruleDeserializer);
        DeadLetterPublisher publisher = new DeadLetterPublisher(clientProperties, topics.deadLetters());
        this.deadLetters = publisher;
        this.deadLetterCloser = publisher;
        this.webhooks = new WebhookDispatcher(config,
                HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build(),
                new AlertJson(), deadLetters);
        this.console = config.console() && out != null ? new ConsoleAlerts(out) : null;
        this.thread = new Thread(this::run, "alert-delivery");
    }

    public void start() {
        log.info("Alert delivery starting: {}", config);
        thread.start();
    }

    private void run() {
        try {
            rules.catchUp(Duration.ofSeconds(30));
            consumer.subscribe(List.of(topics.alerts()));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                rules.poll();
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("Alert delivery stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
            rules.close();
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        Alert alert;
        try {
            alert = alertDeserializer.deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            log.warn("Alert record at {}-{}@{} is unreadable and skipped: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        if (alert.getCountUpdate()) {
            return;
        }
        if (console != null) {
            console.print(alert);
        }
        Optional<AlertRule> rule = rules.rule(alert.getRuleId());
        if (rule.isEmpty() || rule.get().getVersion() < alert.getRuleVersion()) {
            rules.catchUp(Duration.ofSeconds(5));
            rule = rules.rule(alert.getRuleId());
        }
        if (rule.isEmpty() || rule.get().getWebhookUrl() == null) {
            return;
        }
        AlertEnvelope envelope = new AlertEnvelope(alert, record.key(), record.value(), record.topic(), record.partition(), record.offset());
        webhooks.submit(envelope, new WebhookTarget(URI.create(rule.get().getWebhookUrl()), rule.get().getWebhookSecretRef()));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        webhooks.close(Duration.ofSeconds(5));
        try {
            deadLetterCloser.close();
        } catch (Exception e) {
            log.warn("Closing the dead-letter producer failed: {}", e.toString());
        }
    }
}
