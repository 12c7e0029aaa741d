package io.newsflow.sink;

import io.newsflow.config.Settings;
import io.newsflow.sink.consume.Backoff;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.Dialect;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The sink's typed configuration (keys under {@code sink.}).
 *
 * @param jdbcUrl {@code sink.jdbc.url}; default {@code jdbc:sqlite:<data.dir>/newsflow.db}, data.dir
 *     defaulting to {@code ~/.newsflow}
 * @param groupId {@code sink.group.id}, default {@code newsflow-sink}: instances sharing it split the partitions
 * @param batchSize {@code sink.batch.size}, default 500: records per poll, so per database transaction
 * @param pollTimeout {@code sink.poll.timeout}, default 500ms
 * @param retry {@code sink.retry.initial} (200ms) and {@code sink.retry.max} (10s): backoff while the database is down
 * @param database {@code sink.pool.size} (4) and {@code sink.connection.timeout} (5s)
 * @param readAlerts {@code sink.alerts}, default true: store news.alerts
 * @param readTrends {@code sink.trends}, default true: store news.entity-trends
 */
public record SinkConfig(String jdbcUrl, String groupId, int batchSize, Duration pollTimeout, Backoff retry,
                         Database.Options database, boolean readAlerts, boolean readTrends) {
    public static final String JDBC_URL = "sink.jdbc.url";
    public static final String DATA_DIR = "data.dir";

    public static SinkConfig from(Settings settings) {
        String jdbcUrl = jdbcUrl(settings);
        Duration initial = settings.duration("sink.retry.initial", Duration.ofMillis(200));
        Duration max = settings.duration("sink.retry.max", Duration.ofSeconds(10));
        if (initial.isZero() || initial.isNegative()) {
            throw settings.wrong("sink.retry.initial", "must be positive");
        }
        if (max.compareTo(initial) < 0) {
            throw settings.wrong("sink.retry.max", "must be at least sink.retry.initial (" + initial + ")");
        }
        Duration connectionTimeout = settings.duration("sink.connection.timeout", Duration.ofSeconds(5));
        if (connectionTimeout.toMillis() < 250) {
            throw settings.wrong("sink.connection.timeout", "must be at least 250ms");
        }
        Database.Options options = Database.Options.defaults()
                .withPoolSize(settings.intValue("sink.pool.size", 4, 1, 64))
                .withConnectionTimeout(connectionTimeout);
        return new SinkConfig(jdbcUrl,
                settings.string("sink.group.id", "newsflow-sink"),
                settings.intValue("sink.batch.size", 500, 1, 100_000),
                settings.duration("sink.poll.timeout", Duration.ofMillis(500)),
                new Backoff(initial, max),
                options,
                settings.bool("sink.alerts", true),
                settings.bool("sink.trends", true));
    }

    /**
     * The store's JDBC URL as every reader and writer of the store finds it ({@code sink.jdbc.url}, else
     * SQLite under {@code data.dir}); the dashboard and export use it too, so they open the sink's store.
     */
    public static String jdbcUrl(Settings settings) {
        String url = settings.optional(JDBC_URL)
                .orElseGet(() -> Database.sqliteUrl(dataDir(settings)));
        try {
            Dialect.of(url);
        } catch (IllegalArgumentException e) {
            throw settings.wrong(JDBC_URL, "must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        return url;
    }

    /** {@code data.dir}, default {@code ~/.newsflow}. */
    public static Path dataDir(Settings settings) {
        return settings.optional(DATA_DIR).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".newsflow"));
    }

    @Override
    public String toString() {
        return "SinkConfig[jdbcUrl=" + jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1****") + ", groupId=" + groupId
                + ", batchSize=" + batchSize + ", retry=" + retry + "]";
    }
}
