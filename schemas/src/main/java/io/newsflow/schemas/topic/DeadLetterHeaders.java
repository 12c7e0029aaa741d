package io.newsflow.schemas.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Names of the headers on a news.dlq record, the same whichever stage wrote it (enrich, sink, alert
 * delivery), so one tool reads them all. The reason and position use Kafka Streams' own
 * dead-letter names (KIP-1034), so Kafka tooling reads them too; the stage is newsflow's addition so
 * an operator sees at once whether the bytes were unreadable or the analysis failed.
 */
public final class DeadLetterHeaders {
    /** Class name of the exception. */
    public static final String EXCEPTION = "__streams.errors.exception";
    /** Message of the exception, with the messages of its causes. */
    public static final String MESSAGE = "__streams.errors.message";
    /** Topic the failed record was read from. */
    public static final String TOPIC = "__streams.errors.topic";
    /** Partition it was read from. */
    public static final String PARTITION = "__streams.errors.partition";
    /** Offset it was read from. */
    public static final String OFFSET = "__streams.errors.offset";
    /** Where it failed: {@code deserialize} or the processor name ({@code enrich}, {@code dedup}, ...). */
    public static final String STAGE = "newsflow.errors.stage";

    private DeadLetterHeaders() {}

    /** The value of a header as text, or null when absent. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
