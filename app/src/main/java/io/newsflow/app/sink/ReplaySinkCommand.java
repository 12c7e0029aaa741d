package io.newsflow.app.sink;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreException;
import io.newsflow.sink.replay.ReplayRequest;
import io.newsflow.sink.replay.ReplayResult;
import io.newsflow.sink.replay.StoreReplay;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow replay sink}: rebuilds the store from news.enriched for a time range, under a
 * consumer group of its own so the live sink is not disturbed. Interrupted, it resumes when run again
 * with the same range; run after it completed, it replays the range again (harmless: the store is idempotent).
 * Register it under the {@code replay} parent command.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Rebuilds the store from news.enriched (records published in [--from, --to)) with a fresh consumer group.")
public final class ReplaySinkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--from", required = true, paramLabel = "T1", description = "Start (inclusive): an ISO instant (2025-12-01T00:00:00Z) or a date (UTC).")
    String from;

    @Option(names = "--to", paramLabel = "T2", description = "End (exclusive); default: everything up to the end of the topic when the replay starts.")
    String to;

    @Option(names = "--jdbc", paramLabel = "URL", description = "Store to rebuild (sink.jdbc.url; default: SQLite under the data directory).")
    String jdbcUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory of the default SQLite store (default ~/.newsflow).")
    Path dataDir;

    @Option(names = "--alerts-and-trends", description = "Also replay news.alerts and news.entity-trends.")
    boolean alertsAndTrends;

    @Option(names = "--group", paramLabel = "ID", description = "Consumer group of the replay (default: derived from the range, so a rerun resumes).")
    String group;

    @Override
    public Integer call() {
        ReplayRequest request;
        try {
            request = new ReplayRequest(instant("--from", from), to == null ? null : instant("--to", to), group, alertsAndTrends);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        Map<String, String> extra = new HashMap<>();
        if (jdbcUrl != null) {
            extra.put(SinkConfig.JDBC_URL, jdbcUrl);
        }
        if (dataDir != null) {
            extra.put(SinkConfig.DATA_DIR, dataDir.toString());
        }
        Settings settings = config.settings(extra);
        ClusterConfig cluster = ClusterConfig.from(settings);
        SinkConfig sinkConfig = SinkConfig.from(settings);
        NewsflowSerdes serdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        CountDownLatch closed = new CountDownLatch(1);
        try (Database database = Database.open(sinkConfig.jdbcUrl(), sinkConfig.database());
             StoreReplay replay = StoreReplay.create(sinkConfig, cluster, SinkDeserializers.from(serdes), database, request)) {
            // Ctrl-C stops after the batch in hand; the hook waits so the JVM does not end mid-commit.
            Thread hook = new Thread(() -> {
                replay.stop();
                try {
                    closed.await(40, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsflow-replay-sink-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            ProgressLine progress = new ProgressLine(System.err);
            ReplayResult result = replay.run(request, progress::update);
            progress.end();
            System.out.printf(Locale.ROOT, "replay sink: %d of %d records in %.1f s (%.0f records/s): %d articles written,"
                            + " %d older versions kept, %d alerts, %d trends, %d dead letters%s%n",
                    result.done(), result.total(), result.elapsed().toMillis() / 1000.0, result.recordsPerSecond(),
                    result.written().articlesWritten(), result.written().articlesKept(), result.written().alerts(),
                    result.written().trends(), result.deadLetters(), result.complete() ? "" : " (interrupted: run again to resume)");
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // Already shutting down.
            }
            return result.complete() ? 0 : 1;
        } catch (StoreException e) {
            throw new UserFacingException(e.getMessage(), e);
        } finally {
            closed.countDown();
        }
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(option + " '" + text + "' is neither an ISO instant (2025-12-01T00:00:00Z) nor a date (2025-12-01).");
            }
        }
    }

    /** A one-line progress bar on stderr: records done of total, rate, ETA. */
    static final class ProgressLine {
        private final PrintStream out;
        private final long started = System.nanoTime();
        private long lastPrinted;

        ProgressLine(PrintStream out) {
            this.out = out;
        }

        void update(long done, long total) {
            long now = System.nanoTime();
            if (now - lastPrinted < 200_000_000L && done < total) {
                return;
            }
            lastPrinted = now;
            double seconds = Math.max((now - started) / 1e9, 1e-3);
            double rate = done / seconds;
            int width = 30;
            int filled = total == 0 ? width : (int) Math.min(width, width * done / total);
            String eta = rate > 0 && total > done ? String.format(Locale.ROOT, "%.0fs", (total - done) / rate) : "-";
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d records  %.0f/s  ETA %s   ", "#".repeat(filled), ".".repeat(width - filled),
                    done, total, rate, eta);
            out.flush();
        }

        void end() {
            out.println();
        }
    }
}
