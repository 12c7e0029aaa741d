package io.newsflow.enrich.topology;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads how much input waits for this instance's stream threads and tells the {@link CommitPacer}. The
 * backlog is the sum of the main consumers' {@code records-lag} over every partition they own (news.raw and
 * the repartition topics alike, up to the last stable offset since they read committed), the rate their
 * {@code records-consumed-rate}. Both are the Kafka consumer's own metrics, so nothing extra is fetched.
 */
public final class BacklogMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BacklogMonitor.class);
    private static final String FETCH_METRICS = "consumer-fetch-manager-metrics";

    private final ScheduledExecutorService timer;

    private BacklogMonitor(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Samples {@code streams}' consumers every {@code period} until closed; a fixed pacer needs no monitor. */
    public static BacklogMonitor start(KafkaStreams streams, CommitPacer pacer, Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "enrich-backlog-monitor");
            thread.setDaemon(true);
            return thread;
        });
        if (pacer.paced()) {
            timer.scheduleAtFixedRate(() -> sample(streams, pacer), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new BacklogMonitor(timer);
    }

    private static void sample(KafkaStreams streams, CommitPacer pacer) {
        try {
            long backlog = 0;
            double rate = 0;
            for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
                MetricName name = entry.getKey();
                if (!FETCH_METRICS.equals(name.group()) || !isMainConsumer(name)) {
                    continue;
                }
                if ("records-lag".equals(name.name()) && name.tags().containsKey("partition")) {
                    backlog += Math.max(0, Math.round(number(entry.getValue())));
                } else if ("records-consumed-rate".equals(name.name()) && !name.tags().containsKey("topic")) {
                    rate += number(entry.getValue());
                }
            }
            pacer.observe(backlog, rate);
        } catch (RuntimeException e) {
            LOG.debug("Could not read the consumers' lag; the commit interval stays at {} ms", pacer.intervalMs(), e);
        }
    }

    /** Streams' restore and global consumers read state, not input: their lag is no backlog of articles. */
    private static boolean isMainConsumer(MetricName name) {
        String client = name.tags().getOrDefault("client-id", "");
        return !client.endsWith("-restore-consumer") && !client.endsWith("-global-consumer");
    }

    private static double number(Metric metric) {
        Object value = metric.metricValue();
        return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : 0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
