package io.newsflow.sink.alert;

import io.newsflow.schemas.topic.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an alert that could not be delivered to news.dlq: the original key and bytes, so it can be
 * replayed as is, and headers that say why: the enrich stage's names ({@code __streams.errors.exception},
 * {@code .message}, {@code .topic}, {@code .partition}, {@code .offset}, {@code newsflow.errors.stage} =
 * {@code alert-delivery}) plus {@code newsflow.webhook.url}, {@code newsflow.webhook.attempts} and
 * {@code newsflow.alert.id}. Idempotent producer, acks=all.
 */
public final class DeadLetterPublisher implements Consumer<DeliveryFailure>, AutoCloseable {
    public static final String STAGE = "alert-delivery";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public DeadLetterPublisher(Map<String, Object> clientProperties, String topic) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-alert-dlq");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    @Override
    public void accept(DeliveryFailure failure) {
        AlertEnvelope envelope = failure.envelope();
        RecordHeaders headers = new RecordHeaders();
        // The same header names as the enrich stage's dead letters (Kafka's KIP-1034 names plus the stage).
        header(headers, DeadLetterHeaders.EXCEPTION, failure.errorClass());
        header(headers, DeadLetterHeaders.MESSAGE, failure.reason());
        header(headers, DeadLetterHeaders.TOPIC, envelope.topic());
        header(headers, DeadLetterHeaders.PARTITION, Integer.toString(envelope.partition()));
        header(headers, DeadLetterHeaders.OFFSET, Long.toString(envelope.offset()));
        header(headers, DeadLetterHeaders.STAGE, STAGE);
        header(headers, "newsflow.webhook.url", failure.hook());
        header(headers, "newsflow.webhook.attempts", Integer.toString(failure.attempts()));
        header(headers, "newsflow.alert.id", envelope.alert().getAlertId());
        producer.send(new ProducerRecord<>(topic, null, envelope.key(), envelope.value(), headers), (metadata, error) -> {
            if (error != null) {
                log.error("Alert {} could not be written to {} either: {}", envelope.alert().getAlertId(), topic, error.toString());
            }
        });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
