package io.newsflow.dashboard;

import io.newsflow.sink.jdbc.Database;
import io.newsflow.testkit.TestServices;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Stores for the dashboard's tests, opened through the sink's {@link Database} (so with its migrations):
 * a fresh SQLite file, or a fresh schema in the PostgreSQL database {@code test} on 127.0.0.1:5432
 * (skipped when absent, failing under CI=true).
 */
final class TestStores {
    private TestStores() {
    }

    static Database sqlite(Path directory) {
        return Database.open(Database.sqliteUrl(directory));
    }

    /** A store in a schema of its own, created for this test; {@link #dispose} drops it. */
    static Database postgres() {
        String url = TestServices.postgresJdbcUrl();
        String schema = "dashboard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return Database.open(url + "&currentSchema=" + schema);
    }

    /** Closes the store and drops a PostgreSQL test schema; a SQLite file lives in a temporary folder anyway. */
    static void dispose(Database database) {
        database.close();
        String url = database.describe();
        int at = url.indexOf("&currentSchema=dashboard_");
        if (url.startsWith("jdbc:postgresql:") && at > 0) {
            execute(TestServices.POSTGRES_JDBC_URL, "DROP SCHEMA " + url.substring(at + "&currentSchema=".length()) + " CASCADE");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
