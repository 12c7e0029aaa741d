package io.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the source record of a failed processing step (the enricher threw, an aggregation failed) to
 * news.dlq, with the processor name as stage, and continues with the next record: an article the
 * analysis cannot handle must not stall every article behind it.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("Processor {} failed on {}-{}@{}; source record sent to the dead-letter topic: {}",
                context.processorNodeId(), context.topic(), context.partition(), context.offset(),
                DeadLetters.describe(exception), exception);
        byte[] key = context.sourceRawKey();
        byte[] value = context.sourceRawValue();
        if (key == null && value == null && record.key() instanceof String failedKey) {
            // Streams frees the source bytes once the task has sent a record: an in-line branch (alerts) fails
            // after the article went to news.enriched. Its key still says which article or alert failed.
            key = failedKey.getBytes(StandardCharsets.UTF_8);
        }
        return Response.resume(deadLetters.record(context, key, value, exception, context.processorNodeId()));
    }
}
