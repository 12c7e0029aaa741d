package io.newsflow.sink.jdbc;

import java.util.Locale;

/**
 * The two databases the store runs on. Both speak the same upsert ({@code INSERT ... ON CONFLICT ...
 * DO UPDATE ... WHERE}), so the dialect only chooses the migrations, the connection settings and the
 * full-text query.
 */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The dialect of a JDBC URL, or an {@link IllegalArgumentException} naming the URL. */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("JDBC URL '" + jdbcUrl
                + "' is neither SQLite (jdbc:sqlite:FILE) nor PostgreSQL (jdbc:postgresql://HOST:PORT/DB).");
    }

    /** Flyway location of this dialect's migrations. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }
}
