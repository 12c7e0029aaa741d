package io.newsflow.enrich.topology;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record whose bytes cannot be read (random bytes, wrong magic byte, unknown schema id,
 * truncated Avro) to news.dlq and continues: Kafka's log-and-continue handler would lose the record's
 * reason with the log line, and log-and-fail would stop the pipeline for one bad producer.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    /** The stage header of records that could not be deserialized. */
    public static final String STAGE = "deserialize";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("Unreadable record at {}-{}@{} sent to the dead-letter topic: {}", record.topic(), record.partition(),
                record.offset(), DeadLetters.describe(exception));
        return Response.resume(deadLetters.record(context, record.key(), record.value(), exception, STAGE));
    }
}
