package io.newsflow.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Writes rows the way the sink does (plain inserts into the store schema), so the dashboard's read side
 * is tested against real-shaped rows without depending on the sink module's writer. Trends are derived
 * from the articles: one-minute tumbling windows and one-hour windows hopping by five minutes, as
 * enrich emits them.
 */
final class StoreWriter implements AutoCloseable {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private final Connection connection;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Everything written goes into one transaction, committed by {@link #close()}, as the sink batches. */
    StoreWriter(DataSource dataSource) {
        try {
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void articles(List<EnrichedArticle> articles) {
        articles.forEach(this::article);
    }

    void article(EnrichedArticle a) {
        String text = a.getTitle() + "\n\n" + a.getBody();
        execute("INSERT INTO articles (id, url, title, body, summary, source, feed_url, published_at, enriched_at, language, "
                        + "language_confidence, tone, enrichment_version, revision, content_hash, duplicate_of, truncated, "
                        + "authors_json, categories_json, keywords_json, mentions_json, sentences_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.getId(), a.getUrl(), a.getTitle(), a.getBody(), a.getSummary(), a.getSource(), a.getFeedUrl(),
                a.getPublishedAt().toEpochMilli(), a.getEnrichedAt().toEpochMilli(), a.getLanguage(),
                a.getLanguageConfidence(), a.getTone(), a.getEnrichmentVersion(), a.getRevision(), a.getContentHash(),
                a.getDuplicateOf(), a.getTruncated(), json(a.getAuthors()), json(a.getCategories()), "[]",
                json(a.getMentions().stream().map(m -> Map.of("entityId", m.getEntityId(), "text", m.getText(),
                        "start", m.getStart(), "end", m.getEnd())).toList()), "[]");
        if (text.isEmpty()) {
            throw new AssertionError("empty article");
        }
        for (Entity e : a.getEntities()) {
            execute("DELETE FROM entities WHERE id = ?", e.getId());
            execute("INSERT INTO entities (id, name, type, country_code, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)",
                    e.getId(), e.getName(), e.getType().name(), e.getCountryCode(), e.getLatitude(), e.getLongitude());
            execute("INSERT INTO mentions (article_id, entity_id, mentions, salience, tone, in_title, surface_forms_json, "
                            + "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    a.getId(), e.getId(), e.getMentions(), e.getSalience(), e.getTone(), e.getInTitle(),
                    json(e.getSurfaceForms()), a.getPublishedAt().toEpochMilli());
        }
    }

    void alert(Alert alert) {
        execute("INSERT INTO alerts (alert_id, rule_id, rule_name, rule_version, article_id, title, url, source, published_at, "
                        + "alerted_at, tone, entities_json, snippets_json, duplicate_count) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                alert.getAlertId(), alert.getRuleId(), alert.getRuleName(), alert.getRuleVersion(), alert.getArticleId(),
                alert.getTitle(), alert.getUrl(), alert.getSource(), alert.getPublishedAt().toEpochMilli(),
                alert.getAlertedAt().toEpochMilli(), alert.getTone(), json(alert.getEntities()), json(alert.getSnippets()),
                alert.getDuplicateCount());
    }

    /** The trend rows enrich would have produced for these articles (copies of a story count once: they are skipped). */
    void trendsOf(List<EnrichedArticle> articles) {
        Map<String, Window> windows = new TreeMap<>();
        for (EnrichedArticle a : articles) {
            if (a.getDuplicateOf() != null) {
                continue;
            }
            long t = a.getPublishedAt().toEpochMilli();
            for (Entity e : a.getEntities()) {
                long minute = Math.floorDiv(t, MINUTE) * MINUTE;
                window(windows, e, "1m", minute, minute + MINUTE).add(e);
                long hop = 5 * MINUTE;
                for (long start = Math.floorDiv(t, hop) * hop; start > t - HOUR; start -= hop) {
                    window(windows, e, "1h", start, start + HOUR).add(e);
                }
            }
        }
        windows.values().forEach(w -> execute("INSERT INTO trends (entity_id, window_kind, window_start, window_end, name, "
                        + "type, articles, mentions, tone_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                w.entityId, w.kind, w.start, w.end, w.name, w.type, w.articles, w.mentions, w.toneSum));
    }

    private static Window window(Map<String, Window> windows, Entity e, String kind, long start, long end) {
        return windows.computeIfAbsent(e.getId() + "|" + kind + "|" + start,
                k -> new Window(e.getId(), kind, start, end, e.getName(), e.getType().name()));
    }

    private static final class Window {
        final String entityId;
        final String kind;
        final long start;
        final long end;
        final String name;
        final String type;
        long articles;
        long mentions;
        double toneSum;

        Window(String entityId, String kind, long start, long end, String name, String type) {
            this.entityId = entityId;
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.name = name;
            this.type = type;
        }

        void add(Entity e) {
            articles++;
            mentions += e.getMentions();
            toneSum += e.getTone() == null ? 0 : e.getTone();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
