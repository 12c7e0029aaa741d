package io.newsflow.sink.consume;

import io.newsflow.schemas.topic.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a record the sink cannot store aside on the dead-letter topic, with its original key and
 * bytes and the reason in headers, so one bad record never stops the sink and is never lost. The
 * sink commits a batch's offsets only after {@link #flush()} confirms its dead letters.
 */
public final class DeadLetters {
    public static final String ERROR_CLASS = DeadLetterHeaders.EXCEPTION;
    public static final String ERROR_MESSAGE = DeadLetterHeaders.MESSAGE;
    public static final String STAGE = DeadLetterHeaders.STAGE;
    public static final String SOURCE_TOPIC = DeadLetterHeaders.TOPIC;
    public static final String SOURCE_PARTITION = DeadLetterHeaders.PARTITION;
    public static final String SOURCE_OFFSET = DeadLetterHeaders.OFFSET;
    static final String SINK_STAGE = "sink";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_MESSAGE = 2_000;

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    public DeadLetters(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public void send(ConsumerRecord<byte[], byte[]> record, Throwable error) {
        LOG.warn("Setting aside {}-{}@{} on {}: {}", record.topic(), record.partition(), record.offset(), topic, error.toString());
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        headers.add(ERROR_CLASS, utf8(error.getClass().getName()));
        headers.add(ERROR_MESSAGE, utf8(message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message));
        headers.add(STAGE, utf8(SINK_STAGE));
        headers.add(SOURCE_TOPIC, utf8(record.topic()));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(record.offset())));
        Long timestamp = record.timestamp() >= 0 ? record.timestamp() : null;
        pending.add(producer.send(new ProducerRecord<>(topic, null, timestamp, record.key(), record.value(), headers)));
    }

    /** Waits until every dead letter sent so far is acknowledged; throws if one was not. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing dead letters to " + topic + ".", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot write a dead letter to " + topic + ": " + e.getCause(), e.getCause());
        } finally {
            pending.clear();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
