package io.newsflow.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.KafkaStorageException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter.Result;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

class RoutineKafkaErrorFilterTest {
    private static final String REJECTION = "Invalid sequence number for producer 5 at offset 30 in partition news.alerts-1: "
            + "7 (incoming seq. number). Expected sequence 0 for transactions v2 idempotent producer with no existing state.";
    private final RoutineKafkaErrorFilter filter = RoutineKafkaErrorFilter.create();

    private static LogEvent event(String logger, String message, Throwable thrown) {
        return Log4jLogEvent.newBuilder().setLoggerName(logger).setLevel(Level.ERROR)
                .setMessage(new SimpleMessage(message)).setThrown(thrown).build();
    }

    @Test
    void theBrokersRetriedRejectionOfAFirstSequenceStaysOffTheConsole() {
        LogEvent event = event("kafka.server.ReplicaManager",
                "[ReplicaManager broker=1] Error processing append operation on partition x:news.alerts-1",
                new OutOfOrderSequenceException(REJECTION));
        assertThat(filter.filter(event)).isEqualTo(Result.DENY);
    }

    @Test
    void anyOtherBrokerAppendErrorReachesTheConsole() {
        assertThat(filter.filter(event("kafka.server.ReplicaManager", "Error processing append operation on partition news.raw-0",
                new KafkaStorageException("Disk error while writing")))).isEqualTo(Result.NEUTRAL);
        assertThat(filter.filter(event("kafka.server.ReplicaManager", "Error processing append operation on partition news.raw-0",
                new OutOfOrderSequenceException("Out of order sequence number for producer 7: 12 (incoming), 9 (current end)"))))
                .isEqualTo(Result.NEUTRAL);
    }

    @Test
    void theSameRejectionFromAnotherLoggerReachesTheConsole() {
        assertThat(filter.filter(event("io.newsflow.ingest.publish.RawArticlePublisher", "publish failed",
                new OutOfOrderSequenceException(REJECTION)))).isEqualTo(Result.NEUTRAL);
    }

    /** TaskManager's report of the exceptions of several tasks, as Kafka Streams 4.3 logs it at ERROR. */
    private static LogEvent tasksReport(String tasks) {
        return event("org.apache.kafka.streams.processor.internals.TaskManager",
                "stream-thread [app-StreamThread-1] Get exceptions for the following tasks: {" + tasks + "}", null);
    }

    @Test
    void streamsReportingOnlyCorruptedTasksStaysOffTheConsole() {
        assertThat(filter.filter(tasksReport("4_2=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [4_2] are corrupted"
                + " and hence need to be re-initialized, 4_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [4_0] are"
                + " corrupted and hence need to be re-initialized"))).isEqualTo(Result.DENY);
    }

    @Test
    void streamsReportingAnyOtherTaskExceptionReachesTheConsole() {
        assertThat(filter.filter(tasksReport("4_2=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [4_2] are corrupted,"
                + " 1_0=org.apache.kafka.streams.errors.StreamsException: Failed to flush state store dedup-articles")))
                .isEqualTo(Result.NEUTRAL);
        assertThat(filter.filter(event("org.apache.kafka.streams.processor.internals.TaskManager",
                "Failed to close task 1_0 cleanly", new IllegalStateException("boom")))).isEqualTo(Result.NEUTRAL);
    }
}
