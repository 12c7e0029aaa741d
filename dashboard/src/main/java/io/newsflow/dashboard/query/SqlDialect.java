package io.newsflow.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The two databases the store runs on. They share every query but full-text search: SQLite matches its
 * FTS5 table {@code articles_fts}, PostgreSQL the {@code articles.search} tsvector.
 */
public enum SqlDialect {
    SQLITE,
    POSTGRESQL;

    /** Asks the driver which database this is, so callers never configure it twice. */
    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("sqlite")) {
                return SQLITE;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("The dashboard reads SQLite or PostgreSQL, not " + product + ".");
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot connect to the store: " + e.getMessage(), e);
        }
    }

    /** A condition on {@code a} (the articles alias) taking one parameter: the user's search text. */
    String fullTextCondition() {
        return switch (this) {
            case SQLITE -> "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
            case POSTGRESQL -> "a.search @@ websearch_to_tsquery('english', ?)";
        };
    }

    /** The parameter for {@link #fullTextCondition()}, or null when the text holds nothing to search for. */
    String fullTextParameter(String text) {
        return switch (this) {
            case SQLITE -> FullTextQuery.toFts5(text);
            case POSTGRESQL -> text.isBlank() ? null : text;
        };
    }
}
