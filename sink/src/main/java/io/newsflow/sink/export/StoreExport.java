package io.newsflow.sink.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.sink.jdbc.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads the store back as plain records: what {@code newsflow export} prints as JSON lines, and what a
 * reader such as the dashboard can stream without knowing the tables. Articles come oldest first
 * (publication time, then id) with their entities, joined a page of articles at a time, so an export
 * of any size runs in constant memory.
 */
public final class StoreExport {
    private static final String ARTICLES = """
            SELECT id, url, title, source, published_at, language, tone, enrichment_version, duplicate_of
            FROM articles ORDER BY published_at, id
            """;
    private static final String ENTITIES = """
            SELECT m.article_id, e.name, e.type, e.id, m.mentions
            FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id IN (%s)
            ORDER BY m.article_id, m.salience DESC, m.mentions DESC, e.id
            """;
    private static final String ALERTS = """
            SELECT alert_id, rule_name, article_id, title, alerted_at, snippets_json
            FROM alerts ORDER BY alerted_at, alert_id
            """;
    private static final int FETCH = 500;

    /** What to export. */
    public enum What {
        ARTICLES, ALERTS;

        /** Parses {@code articles} or {@code alerts}, case-insensitively. */
        public static What of(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Cannot export '" + text + "': choose articles or alerts.");
            }
        }
    }

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public StoreExport(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    public StoreExport(Database database) {
        this(database.dataSource(), new ObjectMapper());
    }

    /** Writes one JSON object per line; returns how many. */
    public long writeJsonLines(What what, Writer out) throws SQLException {
        long[] count = {0};
        Consumer<Object> line = record -> {
            try {
                out.write(mapper.writeValueAsString(record));
                out.write('\n');
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        if (what == What.ARTICLES) {
            forEachArticle(line::accept);
        } else {
            forEachAlert(line::accept);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** Streams every article with its entities, oldest first. */
    public void forEachArticle(Consumer<ArticleExport> sink) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams a result set with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement articles = connection.prepareStatement(ARTICLES)) {
                articles.setFetchSize(FETCH);
                try (ResultSet a = articles.executeQuery()) {
                    List<ArticleExport> page = new ArrayList<>(FETCH);
                    while (a.next()) {
                        double tone = a.getDouble("tone");
                        Double toneOrNull = a.wasNull() ? null : tone;
                        page.add(new ArticleExport(a.getString("id"), a.getString("url"), a.getString("title"),
                                a.getString("source"), Instant.ofEpochMilli(a.getLong("published_at")).toString(),
                                a.getString("language"), toneOrNull, a.getInt("enrichment_version"),
                                a.getString("duplicate_of"), List.of()));
                        if (page.size() == FETCH) {
                            emitWithEntities(connection, page, sink);
                        }
                    }
                    emitWithEntities(connection, page, sink);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Joins one page of articles with their entities (one query per page) and hands them on in order. */
    private void emitWithEntities(Connection connection, List<ArticleExport> page, Consumer<ArticleExport> sink)
            throws SQLException {
        if (page.isEmpty()) {
            return;
        }
        Map<String, List<ArticleExport.EntityExport>> byArticle = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(page.size(), "?"));
        try (PreparedStatement entities = connection.prepareStatement(ENTITIES.replace("%s", marks))) {
            for (int i = 0; i < page.size(); i++) {
                entities.setString(i + 1, page.get(i).id());
            }
            try (ResultSet e = entities.executeQuery()) {
                while (e.next()) {
                    byArticle.computeIfAbsent(e.getString("article_id"), k -> new ArrayList<>())
                            .add(new ArticleExport.EntityExport(e.getString("name"), e.getString("type"),
                                    e.getString("id"), e.getInt("mentions")));
                }
            }
        }
        for (ArticleExport a : page) {
            sink.accept(new ArticleExport(a.id(), a.url(), a.title(), a.source(), a.publishedAt(), a.language(), a.tone(),
                    a.enrichmentVersion(), a.duplicateOf(), byArticle.getOrDefault(a.id(), List.of())));
        }
        page.clear();
    }

    /** Streams every alert, oldest first. */
    public void forEachAlert(Consumer<AlertExport> sink) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement alerts = connection.prepareStatement(ALERTS);
             ResultSet rs = alerts.executeQuery()) {
            while (rs.next()) {
                sink.accept(new AlertExport(rs.getString("alert_id"), rs.getString("rule_name"), rs.getString("article_id"),
                        rs.getString("title"), Instant.ofEpochMilli(rs.getLong("alerted_at")).toString(),
                        strings(rs.getString("snippets_json"))));
            }
        }
    }

    private List<String> strings(String json) {
        try {
            return json == null ? List.of() : mapper.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The store holds malformed snippets_json: " + e.getOriginalMessage(), e);
        }
    }
}
