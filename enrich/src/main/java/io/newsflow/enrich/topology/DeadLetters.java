package io.newsflow.enrich.topology;

import io.newsflow.schemas.topic.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the news.dlq record for a failure: the original key and bytes, with headers saying why, where
 * and at which stage. Shared by the deserialization and processing handlers so both speak the same
 * header language.
 */
final class DeadLetters {
    private static final int MAX_MESSAGE_CHARS = 4_000;

    private final String topic;

    private DeadLetters(String topic) {
        this.topic = topic;
    }

    /** Reads the dead-letter topic from the Streams configuration, the one place it is set. */
    static DeadLetters fromConfigs(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letter topic: newsflow never drops a bad record silently.");
        }
        return new DeadLetters(topic.toString());
    }

    List<ProducerRecord<byte[], byte[]>> record(ErrorHandlerContext context, byte[] key, byte[] value,
                                                Exception exception, String stage) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, context.timestamp(), key, value);
        if (context.headers() != null) {
            for (Header header : context.headers()) {
                record.headers().add(header);
            }
        }
        put(record, DeadLetterHeaders.EXCEPTION, exception.getClass().getName());
        put(record, DeadLetterHeaders.MESSAGE, describe(exception));
        put(record, DeadLetterHeaders.TOPIC, context.topic());
        put(record, DeadLetterHeaders.PARTITION, Integer.toString(context.partition()));
        put(record, DeadLetterHeaders.OFFSET, Long.toString(context.offset()));
        put(record, DeadLetterHeaders.STAGE, stage);
        return List.of(record);
    }

    private static void put(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** The message and its causes' messages: a wrapped "Unknown schema id 42" must stay visible. */
    static String describe(Throwable exception) {
        StringBuilder text = new StringBuilder(String.valueOf(exception.getMessage()));
        Throwable cause = exception.getCause();
        for (int depth = 0; cause != null && cause != exception && depth < 5; depth++, cause = cause.getCause()) {
            text.append(" (caused by ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage()).append(')');
        }
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "..." : text.toString();
    }
}
