package io.newsflow.app.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.filter.AbstractFilter;

/**
 * Keeps two Kafka ERROR events that Kafka itself handles off the console; the log file keeps them. Users read ERROR
 * as failure, and these two appear in ordinary runs:
 * <ul>
 *   <li>The broker rejects a produce with {@code OutOfOrderSequenceException ... Expected sequence 0 for
 *   transactions v2 idempotent producer with no existing state}. The rejection is retriable by design
 *   (KAFKA-18202, KIP-890): it follows a {@code CONCURRENT_TRANSACTIONS} answer and the producer retries; nothing
 *   is lost or doubled (the crash scenario and every benchmark count it).</li>
 *   <li>Kafka Streams reports tasks whose only problem is {@code TaskCorruptedException}: under exactly-once a
 *   store without a checkpoint is wiped and restored from its changelog, which is what Streams does next.</li>
 * </ul>
 * Every other ERROR, of these loggers too, still reaches the console.
 */
@Plugin(name = "RoutineKafkaErrors", category = Node.CATEGORY, elementType = Filter.ELEMENT_TYPE)
public final class RoutineKafkaErrorFilter extends AbstractFilter {
    static final String BROKER_LOGGER = "kafka.server.ReplicaManager";
    static final String FIRST_SEQUENCE_REJECTED = "Expected sequence 0 for transactions v2 idempotent producer with no existing state";
    static final String TASK_MANAGER_LOGGER = "org.apache.kafka.streams.processor.internals.TaskManager";
    private static final Pattern TASK_EXCEPTION = Pattern.compile("=([a-zA-Z0-9_.$]+(?:Exception|Error))");
    private static final String TASK_CORRUPTED = "org.apache.kafka.streams.errors.TaskCorruptedException";

    private RoutineKafkaErrorFilter() {
        super(Result.DENY, Result.NEUTRAL);
    }

    @PluginFactory
    public static RoutineKafkaErrorFilter create() {
        return new RoutineKafkaErrorFilter();
    }

    @Override
    public Result filter(LogEvent event) {
        return retriedRejection(event) || corruptedTasksOnly(event) ? onMatch : onMismatch;
    }

    private static boolean retriedRejection(LogEvent event) {
        Throwable thrown = event.getThrown();
        return BROKER_LOGGER.equals(event.getLoggerName())
                && thrown instanceof OutOfOrderSequenceException
                && thrown.getMessage() != null && thrown.getMessage().contains(FIRST_SEQUENCE_REJECTED);
    }

    /** "Get exceptions for the following tasks: {4_2=...TaskCorruptedException: ..., 4_0=...}" and nothing else. */
    private static boolean corruptedTasksOnly(LogEvent event) {
        if (!TASK_MANAGER_LOGGER.equals(event.getLoggerName()) || event.getThrown() != null) {
            return false;
        }
        String message = event.getMessage().getFormattedMessage();
        if (!message.contains("Get exceptions for the following tasks")) {
            return false;
        }
        Matcher exceptions = TASK_EXCEPTION.matcher(message);
        boolean any = false;
        while (exceptions.find()) {
            if (!exceptions.group(1).equals(TASK_CORRUPTED)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
