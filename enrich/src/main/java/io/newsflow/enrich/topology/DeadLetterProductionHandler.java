package io.newsflow.enrich.topology;

import io.newsflow.schemas.registry.SchemaRegistryException;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a failed write means. A result that cannot be serialized (the enricher left a required
 * field empty) or is too large for the broker is a property of that one record: its source goes to
 * news.dlq and processing continues, else the replaced thread would fail on it forever. A registry that
 * cannot be reached is a property of the moment: the thread fails, is replaced, and retries from the
 * last commit, so nothing is lost while the registry is away. Other send failures keep Kafka's default
 * (fail) for the same reason.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.fromConfigs(configs);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (causedByRegistry(exception)) {
            LOG.warn("Cannot write to {}: the schema registry failed ({}); retrying after a restart of the thread",
                    record.topic(), DeadLetters.describe(exception));
            return Response.fail();
        }
        LOG.warn("Cannot serialize the {} for {} from {}-{}@{}; source record sent to the dead-letter topic: {}",
                origin.name().toLowerCase(), record.topic(), context.topic(), context.partition(), context.offset(),
                DeadLetters.describe(exception));
        return Response.resume(deadLetters.record(context, context.sourceRawKey(), context.sourceRawValue(), exception,
                "serialize:" + record.topic()));
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            LOG.warn("Record for {} from {}-{}@{} is too large for the broker; source record sent to the dead-letter topic",
                    record.topic(), context.topic(), context.partition(), context.offset());
            return Response.resume(deadLetters.record(context, context.sourceRawKey(), context.sourceRawValue(), exception,
                    "produce:" + record.topic()));
        }
        return Response.fail();
    }

    private static boolean causedByRegistry(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SchemaRegistryException) {
                return true;
            }
        }
        return false;
    }
}
