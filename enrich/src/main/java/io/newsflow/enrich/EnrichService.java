package io.newsflow.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.topology.BacklogMonitor;
import io.newsflow.enrich.topology.CommitPacer;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.TrendQueries;
import io.newsflow.enrich.trend.TrendsHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology as a Kafka Streams application: exactly_once_v2, read_committed,
 * idempotent producers, local state under the data directory, dead letters configured, a failed stream
 * thread replaced rather than the application stopped, and the trends endpoint advertised to the other
 * instances as {@code application.server}. {@link #start} returns once the application is RUNNING.
 * The source topics must exist (provision them first).
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    /** How often the backlog is read for the commit pacer: often enough to return to 50 ms soon after a burst. */
    private static final Duration BACKLOG_SAMPLE_PERIOD = Duration.ofMillis(500);

    private final KafkaStreams streams;
    private final TrendsHttpServer http;
    private final BacklogMonitor backlog;

    private EnrichService(KafkaStreams streams, TrendsHttpServer http, BacklogMonitor backlog) {
        this.streams = streams;
        this.http = http;
        this.backlog = backlog;
    }

    /**
     * Starts the application and waits until it runs.
     *
     * @throws IllegalStateException when it fails or does not run within {@code enrich.start.timeout}
     */
    public static EnrichService start(EnrichConfig config, Topology topology) {
        TrendsHttpServer http = config.httpEnabled() ? TrendsHttpServer.start(config.httpHost(), config.httpPort()) : null;
        KafkaStreams streams = null;
        try {
            HostInfo self = http == null ? null : new HostInfo(config.httpAdvertisedHost(), http.port());
            CommitPacer pacer = config.commitPacing().newPacer();
            Properties props = properties(config, self);
            props.put(CommitPacer.CONFIG, pacer);
            streams = new KafkaStreams(topology, props);
            CountDownLatch running = new CountDownLatch(1);
            AtomicReference<KafkaStreams.State> last = new AtomicReference<>();
            streams.setStateListener((now, before) -> {
                last.set(now);
                LOG.info("Enrich application {}: {} -> {}", config.applicationId(), before, now);
                if (now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.ERROR
                        || now == KafkaStreams.State.PENDING_SHUTDOWN) {
                    running.countDown();
                }
            });
            streams.setUncaughtExceptionHandler(e -> {
                LOG.error("A stream thread of {} died; replacing it", config.applicationId(), e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.start();
            if (!running.await(config.startTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    || last.get() != KafkaStreams.State.RUNNING) {
                throw new IllegalStateException("The enrich application " + config.applicationId() + " did not reach RUNNING within "
                        + config.startTimeout().toSeconds() + " s (state " + streams.state() + "); check that "
                        + config.cluster().bootstrapServers() + " is reachable and the topics exist.");
            }
            if (http != null) {
                http.serve(new TrendQueries(streams, self, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                        new ObjectMapper(), Duration.ofSeconds(10)));
            }
            if (pacer.paced()) {
                LOG.info("Enrich application {} commits every {} ms, and up to every {} ms under a backlog",
                        config.applicationId(), pacer.minMs(), pacer.maxMs());
            }
            return new EnrichService(streams, http, BacklogMonitor.start(streams, pacer, BACKLOG_SAMPLE_PERIOD));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(streams, http);
            throw new IllegalStateException("Interrupted while starting the enrich application.", e);
        } catch (RuntimeException e) {
            closeQuietly(streams, http);
            throw e;
        }
    }

    /** The Streams configuration of {@code config}; {@code self} is advertised as application.server when not null. */
    public static Properties properties(EnrichConfig config, HostInfo self) {
        try {
            Files.createDirectories(config.stateDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the enrich state directory " + config.stateDir(), e);
        }
        Properties props = new Properties();
        props.putAll(config.cluster().clientProperties());
        // Streams' exactly-once default is 100 ms. A record is readable downstream only once its transaction
        // commits, and an article crosses two (enrich, then dedup with alerts), so the interval counts twice:
        // 50 ms halved publication -> alert p50 in bench alerts (~215 -> ~117 ms at 10 articles/s, BENCHMARKS.md).
        // Under a backlog the pacer's steps ask for commits less often, up to the pacing's max, which is then
        // Streams' own interval (CommitPacer); kafka.commit.interval.ms fixes the interval instead.
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitPacing().max().toMillis());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG), true);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        if (self != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        }
        props.putAll(EnrichTopology.errorHandling(config.cluster().topics()));
        return props;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The port of the trends endpoint, when it is enabled. */
    public Optional<Integer> httpPort() {
        return http == null ? Optional.empty() : Optional.of(http.port());
    }

    @Override
    public void close() {
        backlog.close();
        closeQuietly(streams, http);
    }

    private static void closeQuietly(KafkaStreams streams, TrendsHttpServer http) {
        if (streams != null) {
            // Leave the group: the other instances take over at once instead of after the session
            // timeout, and a reset can tell that no instance is left.
            streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        }
        if (http != null) {
            http.close();
        }
    }
}
