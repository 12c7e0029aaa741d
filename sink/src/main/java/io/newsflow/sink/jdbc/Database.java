package io.newsflow.sink.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store behind a JDBC URL: a connection pool on a migrated schema. The sink writes through it,
 * export and the dashboard read through it, so all of them see one schema version and one set of
 * connection settings (SQLite in WAL mode with a busy timeout, so readers never block the writer).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final Pattern SQLITE_FILE = Pattern.compile("(?i)jdbc:sqlite:(?:file:)?([^?]+).*");

    private final String jdbcUrl;
    private final Dialect dialect;
    private final HikariDataSource dataSource;

    private Database(String jdbcUrl, Dialect dialect, HikariDataSource dataSource) {
        this.jdbcUrl = jdbcUrl;
        this.dialect = dialect;
        this.dataSource = dataSource;
    }

    /** Opens a pool with default settings and migrates the schema. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Options.defaults());
    }

    /**
     * Opens a pool and migrates the schema to the newest version.
     *
     * @throws StoreException when the database cannot be reached or migrated, saying which URL
     */
    public static Database open(String jdbcUrl, Options options) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("newsflow-store");
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, options.connectionTimeout().toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(options.connectionTimeout().toMillis(), 5_000)));
        // A database that is down at start is reported by the migration below, in one sentence.
        config.setInitializationFailTimeout(-1);
        if (dialect == Dialect.SQLITE) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", Long.toString(options.busyTimeout().toMillis()));
            config.addDataSourceProperty("foreign_keys", "false");
        } else {
            // A cut connection must surface as an error, never as a read that waits forever.
            config.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1, options.socketTimeout().toSeconds())));
            config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, options.connectionTimeout().toSeconds())));
            config.addDataSourceProperty("tcpKeepAlive", "true");
            config.addDataSourceProperty("ApplicationName", "newsflow");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info("Store {} at schema version {} ({} migration(s) applied)", redact(jdbcUrl),
                    result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion, result.migrationsExecuted);
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreException("Cannot open the store at " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        return new Database(jdbcUrl, dialect, dataSource);
    }

    /** The conventional URL of the SQLite store under a data directory: {@code <dir>/newsflow.db}. */
    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("newsflow.db").toAbsolutePath();
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        return redact(jdbcUrl);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Drops password parameters so a URL can be logged. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    private static void createParentFolder(String jdbcUrl) {
        Matcher matcher = SQLITE_FILE.matcher(jdbcUrl);
        if (!matcher.matches() || matcher.group(1).startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(matcher.group(1)).toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + parent + " for the store " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /**
     * How to reach the database.
     *
     * @param poolSize connections in the pool (writers of SQLite serialise anyway; readers share it)
     * @param connectionTimeout how long to wait for a connection before calling the database down
     * @param busyTimeout SQLite: how long a writer waits for another writer's lock
     * @param socketTimeout PostgreSQL: the longest a single read on the socket may take
     */
    public record Options(int poolSize, Duration connectionTimeout, Duration busyTimeout, Duration socketTimeout) {
        public static Options defaults() {
            return new Options(4, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60));
        }

        public Options withPoolSize(int size) {
            return new Options(size, connectionTimeout, busyTimeout, socketTimeout);
        }

        public Options withConnectionTimeout(Duration timeout) {
            return new Options(poolSize, timeout, busyTimeout, socketTimeout);
        }
    }
}
