package io.newsflow.app.replay;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.ShutdownSignal;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.logging.EmbeddedModeLogging;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.replay.ReplayRequest;
import io.newsflow.sink.replay.ReplayResult;
import io.newsflow.sink.replay.StoreReplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow replay sink}: rebuilds the store for a range from news.enriched (and, unless
 * {@code --articles-only}, news.alerts and news.entity-trends) with a consumer group of its own, so the live
 * sink is untouched. Ctrl-C stops it; the same command resumes it.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Rebuilds the store from news.enriched (and news.alerts, news.entity-trends) for records stamped in",
                "[--from, --to), with a fresh consumer group; the store keeps the newest enrichment, so it is safe to repeat."})
public final class ReplaySinkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "INSTANT", converter = ReplayInstant.class,
            description = "First record time included: 2026-11-01T10:00:00Z or 2026-11-01 (midnight UTC).")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", converter = ReplayInstant.class,
            description = "First record time excluded; default: up to the end offsets seen at start.")
    Instant to;

    @Option(names = "--jdbc", paramLabel = "URL", description = "The store to rebuild (sink.jdbc.url); default: SQLite under the data directory.")
    String jdbcUrl;

    @Option(names = "--articles-only", description = "Replay news.enriched only, not news.alerts and news.entity-trends.")
    boolean articlesOnly;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded mode: start the broker and registry of this directory (stop `newsflow run` on it first).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> extra = new HashMap<>();
        if (dataDir != null) {
            EmbeddedModeLogging.moveTo(dataDir);
            extra.put(SinkConfig.DATA_DIR, dataDir.toAbsolutePath().toString());
            if (jdbcUrl == null) {
                extra.put(SinkConfig.JDBC_URL, Database.sqliteUrl(dataDir.toAbsolutePath()));
            }
        }
        if (jdbcUrl != null) {
            extra.put(SinkConfig.JDBC_URL, jdbcUrl);
        }
        ReplayRequest request;
        try {
            request = new ReplayRequest(from, to, null, !articlesOnly);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        ProgressLine bar = new ProgressLine(System.err, System::nanoTime);
        try (ShutdownSignal shutdown = new ShutdownSignal(Duration.ofSeconds(60));
             ReplayRuntime runtime = ReplayRuntime.start(config.settings(extra), dataDir == null ? null : dataDir.toAbsolutePath())) {
            Settings settings = runtime.settings();
            SinkConfig sinkConfig = SinkConfig.from(settings);
            ClusterConfig cluster = ClusterConfig.from(settings);
            SinkDeserializers deserializers = new SinkDeserializers(runtime.serdes().enrichedArticle().deserializer(),
                    runtime.serdes().alert().deserializer(), runtime.serdes().entityTrend().deserializer());
            try (Database database = Database.open(sinkConfig.jdbcUrl());
                 StoreReplay replay = StoreReplay.create(sinkConfig, cluster, deserializers, database, request)) {
                Thread stopper = new Thread(() -> {
                    try {
                        shutdown.await();
                        replay.stop();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "replay-stop");
                stopper.setDaemon(true);
                stopper.start();
                ReplayResult result = replay.run(request, bar::update);
                bar.finish();
                stopper.interrupt();
                out.printf("newsflow: store replay %s: %,d of %,d records in %.1f s, %.0f records/s; %,d articles written, "
                                + "%,d kept (the store had a newer version), %,d alerts, %,d trends; %,d dead-lettered%n",
                        result.complete() ? "done" : "interrupted; run the same command again to resume",
                        result.done(), result.total(), result.elapsed().toMillis() / 1000.0, result.recordsPerSecond(),
                        result.written().articlesWritten(), result.written().articlesKept(), result.written().alerts(),
                        result.written().trends(), result.deadLetters());
                out.flush();
                return result.complete() ? 0 : 1;
            }
        } catch (IllegalStateException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
