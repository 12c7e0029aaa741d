package io.newsflow.enrich.topology;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * How often the stream threads commit: every {@code min} (50 ms) while the pipeline keeps up, and less often
 * as a backlog builds, up to {@code max}.
 *
 * <p>Why: under exactly_once_v2 a record is readable downstream only once its transaction commits, so the
 * commit interval is latency, and each commit costs the broker a transaction (markers on every partition it
 * touched, the offsets, the coordinator's log). With nothing queued, latency is what matters and 50 ms is
 * right. With a backlog, an article already waits {@code backlog / throughput} in the queue; committing every
 * 50 ms then buys nothing a reader could see and spends broker CPU that the backlog needs. So the interval is a
 * quarter of that queue wait, between the bounds: it never adds more than a quarter to the wait a backlog
 * already imposes, and it falls back to {@code min} as soon as the backlog is gone.
 *
 * <p>Streams' own {@code commit.interval.ms} is set to {@code max}; a pass-through {@link #step()} at the head of
 * every sub-topology asks for the earlier commits ({@code context.commit()}, which commits every task of the
 * stream thread). The backlog comes from a {@link BacklogMonitor}. The steps find their application's pacer
 * in its Streams configuration under {@link #CONFIG} (no static state: two applications in one JVM, as in
 * the tests, pace apart); without one they only pass records on and Streams commits at its own interval.
 */
public final class CommitPacer {
    /** The Streams configuration key under which {@code EnrichService} hands the pacer to the steps. */
    public static final String CONFIG = "newsflow.enrich.commit.pacer";
    private static final double SHARE_OF_QUEUE_WAIT = 0.25;

    private final long minMs;
    private final long maxMs;
    private volatile long intervalMs;

    /**
     * @param min the interval with no backlog
     * @param max the longest interval, and Streams' own commit interval
     */
    public CommitPacer(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("The commit interval bounds must satisfy 0 < min <= max, not " + min + " and " + max);
        }
        this.minMs = min.toMillis();
        this.maxMs = max.toMillis();
        this.intervalMs = minMs;
    }

    /** A pacer that never grows: commits every {@code interval} whatever the backlog. */
    public static CommitPacer fixed(Duration interval) {
        return new CommitPacer(interval, interval);
    }

    public boolean paced() {
        return maxMs > minMs;
    }

    public long minMs() {
        return minMs;
    }

    public long maxMs() {
        return maxMs;
    }

    /** The interval the stream threads commit at now. */
    public long intervalMs() {
        return intervalMs;
    }

    /**
     * Sets the interval from what waits now.
     *
     * @param backlog records of the application's input topics not yet consumed (consumer lag)
     * @param recordsPerSecond the rate at which the application consumes them
     */
    public void observe(long backlog, double recordsPerSecond) {
        intervalMs = intervalFor(backlog, recordsPerSecond);
    }

    long intervalFor(long backlog, double recordsPerSecond) {
        if (backlog <= 0) {
            return minMs;
        }
        if (recordsPerSecond <= 0 || Double.isNaN(recordsPerSecond)) {
            return maxMs; // a backlog that nothing consumes yet: no reader is waiting on the next commit
        }
        double queueWaitMs = 1000.0 * backlog / recordsPerSecond;
        return Math.max(minMs, Math.min(maxMs, Math.round(SHARE_OF_QUEUE_WAIT * queueWaitMs)));
    }

    /**
     * A pass-through step that asks Streams to commit once {@link #intervalMs()} has passed since its last
     * request and it has forwarded something since. Put one at the head of each sub-topology so every stream
     * thread has one, whichever tasks it owns.
     */
    public static <K, V> FixedKeyProcessorSupplier<K, V, V> step() {
        return Step::new;
    }

    private static final class Step<K, V> implements FixedKeyProcessor<K, V, V> {
        private CommitPacer pacer;
        private FixedKeyProcessorContext<K, V> context;
        private long lastRequestMs;
        private boolean pending;

        @Override
        public void init(FixedKeyProcessorContext<K, V> context) {
            this.context = context;
            this.lastRequestMs = context.currentSystemTimeMs();
            this.pacer = context.appConfigs().get(CONFIG) instanceof CommitPacer configured ? configured : null;
            if (pacer != null && pacer.paced()) {
                context.schedule(Duration.ofMillis(pacer.minMs()), PunctuationType.WALL_CLOCK_TIME, this::maybeCommit);
            }
        }

        @Override
        public void process(FixedKeyRecord<K, V> record) {
            pending = true;
            context.forward(record);
        }

        private void maybeCommit(long now) {
            if (pending && now - lastRequestMs >= pacer.intervalMs()) {
                context.commit();
                pending = false;
                lastRequestMs = now;
            }
        }
    }
}
