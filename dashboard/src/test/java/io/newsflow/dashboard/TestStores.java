package io.newsflow.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import io.newsflow.testkit.TestServices;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Stores with the sink's schema for the dashboard's tests: a fresh SQLite file, or a fresh schema in
 * the PostgreSQL database {@code test} on 127.0.0.1:5432 (skipped when absent, failing under CI=true).
 */
final class TestStores {
    static final String POSTGRES_URL = TestServices.POSTGRES_JDBC_URL;

    private TestStores() {
    }

    static DataSource sqlite(Path directory) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(5_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve("newsflow.db"));
        createSchema(dataSource, "sqlite");
        return dataSource;
    }

    /** A data source whose connections see only a schema of their own, created for this test. */
    static DataSource postgres() {
        String url = TestServices.postgresJdbcUrl();
        try (Connection probe = DriverManager.getConnection(url)) {
            String schema = "dashboard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Statement statement = probe.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url);
            dataSource.setCurrentSchema(schema);
            createSchema(dataSource, "postgresql");
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a schema in PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Drops the schema {@link #postgres()} created; nothing to do for SQLite, whose file is in a temporary folder. */
    static void dispose(DataSource dataSource) {
        if (dataSource instanceof PGSimpleDataSource postgres && postgres.getCurrentSchema() != null) {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + postgres.getCurrentSchema() + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void createSchema(DataSource dataSource, String dialect) {
        String script;
        try (InputStream in = TestStores.class.getResourceAsStream("/store-schema/" + dialect + ".sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Triggers hold semicolons inside BEGIN ... END: split only on statement ends outside them.
            StringBuilder current = new StringBuilder();
            boolean inTrigger = false;
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.contains("CREATE TRIGGER")) {
                    inTrigger = true;
                }
                if (inTrigger ? line.strip().equals("END;") : line.strip().endsWith(";")) {
                    statement.execute(current.toString());
                    current.setLength(0);
                    inTrigger = false;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the store schema: " + e.getMessage(), e);
        }
    }
}
