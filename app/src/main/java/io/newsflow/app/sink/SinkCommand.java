package io.newsflow.app.sink;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow sink}: the storage stage as a process of its own, against any Kafka cluster and
 * registry, storing into SQLite or PostgreSQL. Start more instances with the same group id to share
 * the partitions; stop with Ctrl-C or SIGTERM (the batch in hand is not committed and is read again).
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Consumes enriched articles, alerts and entity trends and stores them (SQLite or PostgreSQL).")
public final class SinkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Store to write, e.g. jdbc:postgresql://HOST:5432/DB?user=U (sink.jdbc.url; default: SQLite under the data directory).")
    String jdbcUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory of the default SQLite store (data.dir; default ~/.newsflow).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
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
        Database database;
        try {
            database = Database.open(sinkConfig.jdbcUrl(), sinkConfig.database());
        } catch (StoreException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // On SIGTERM the JVM ends when its hooks end: the hook waits until the sink has stopped cleanly.
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(closed);
        }, "newsflow-sink-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (database; SinkService sink = SinkService.start(sinkConfig, cluster, SinkDeserializers.from(serdes), database, SinkListener.NONE)) {
            System.err.println("newsflow sink: storing into " + database.describe() + " (Ctrl-C to stop)");
            while (sink.isRunning() && !stop.await(1, TimeUnit.SECONDS)) {
                // The sink runs on its own thread; this one only waits for a signal or a fatal error.
            }
            if (sink.failure() != null) {
                throw new UserFacingException("The sink stopped: " + sink.failure().getMessage(), sink.failure());
            }
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(40, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
