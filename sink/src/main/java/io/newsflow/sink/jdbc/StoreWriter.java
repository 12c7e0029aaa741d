package io.newsflow.sink.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityTrend;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Writes a {@link StoreBatch} into the store in one transaction, idempotently: writing the same
 * batch again, or any replay of the topics, leaves the same rows.
 *
 * <p>The rules: an article is replaced only by a newer enrichment, ordered by (enrichmentVersion,
 * revision, enrichedAt), so a late v1 never hides v2 whatever the arrival order, and a replay of a
 * record already stored changes nothing (no rewrite, no index churn); its mentions are replaced
 * together with it. Entities are upserted by id. Alerts are
 * upserted by alert id, keeping the first alert time and the highest duplicate count. Trends are
 * upserted by (entity, window kind, window start), the latest count winning. Rows are written in key
 * order, so two sink instances never wait on each other's locks in opposite orders.
 */
public final class StoreWriter implements BatchWriter {
    static final String UPSERT_ARTICLE = """
            INSERT INTO articles (id, url, title, body, summary, source, feed_url, published_at, enriched_at,
                language, language_confidence, tone, enrichment_version, revision, content_hash, duplicate_of,
                truncated, authors_json, categories_json, keywords_json, mentions_json, sentences_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                url = excluded.url, title = excluded.title, body = excluded.body, summary = excluded.summary,
                source = excluded.source, feed_url = excluded.feed_url, published_at = excluded.published_at,
                enriched_at = excluded.enriched_at, language = excluded.language,
                language_confidence = excluded.language_confidence, tone = excluded.tone,
                enrichment_version = excluded.enrichment_version, revision = excluded.revision,
                content_hash = excluded.content_hash, duplicate_of = excluded.duplicate_of,
                truncated = excluded.truncated, authors_json = excluded.authors_json,
                categories_json = excluded.categories_json, keywords_json = excluded.keywords_json,
                mentions_json = excluded.mentions_json, sentences_json = excluded.sentences_json
            WHERE excluded.enrichment_version > articles.enrichment_version
               OR (excluded.enrichment_version = articles.enrichment_version
                   AND (excluded.revision > articles.revision
                        OR (excluded.revision = articles.revision AND excluded.enriched_at > articles.enriched_at)))
            """;
    static final String UPSERT_ENTITY = """
            INSERT INTO entities (id, name, type, country_code, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
                country_code = excluded.country_code, latitude = excluded.latitude, longitude = excluded.longitude
            """;
    static final String DELETE_MENTIONS = "DELETE FROM mentions WHERE article_id = ?";
    static final String INSERT_MENTION = """
            INSERT INTO mentions (article_id, entity_id, mentions, salience, tone, in_title, surface_forms_json, published_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    static final String UPSERT_ALERT = """
            INSERT INTO alerts (alert_id, rule_id, rule_name, rule_version, article_id, title, url, source,
                published_at, alerted_at, tone, entities_json, snippets_json, duplicate_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (alert_id) DO UPDATE SET
                rule_id = excluded.rule_id, rule_name = excluded.rule_name, rule_version = excluded.rule_version,
                article_id = excluded.article_id, title = excluded.title, url = excluded.url, source = excluded.source,
                published_at = excluded.published_at,
                alerted_at = CASE WHEN excluded.alerted_at < alerts.alerted_at THEN excluded.alerted_at ELSE alerts.alerted_at END,
                tone = excluded.tone, entities_json = excluded.entities_json, snippets_json = excluded.snippets_json,
                duplicate_count = CASE WHEN excluded.duplicate_count > alerts.duplicate_count
                                       THEN excluded.duplicate_count ELSE alerts.duplicate_count END
            """;
    static final String UPSERT_TREND = """
            INSERT INTO trends (entity_id, window_kind, window_start, window_end, name, type, articles, mentions, tone_sum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (entity_id, window_kind, window_start) DO UPDATE SET
                window_end = excluded.window_end, name = excluded.name, type = excluded.type,
                articles = excluded.articles, mentions = excluded.mentions, tone_sum = excluded.tone_sum
            """;

    private final DataSource dataSource;
    private final RowJson json;

    public StoreWriter(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.json = new RowJson(mapper);
    }

    public StoreWriter(Database database) {
        this(database.dataSource(), new ObjectMapper());
    }

    /**
     * Writes the batch in one transaction; on any failure nothing of it is visible.
     *
     * @throws SQLException as the driver reported it; the caller decides between retrying (database
     *     unreachable) and isolating a bad record
     */
    @Override
    public WriteResult write(StoreBatch batch) throws SQLException {
        if (batch.isEmpty()) {
            return WriteResult.NONE;
        }
        List<EnrichedArticle> articles = newestPerArticle(batch.articles());
        List<Alert> alerts = mergedPerAlert(batch.alerts());
        List<EntityTrend> trends = latestPerWindow(batch.trends());
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                WriteResult result = writeArticles(connection, articles);
                int alertRows = writeAlerts(connection, alerts);
                int trendRows = writeTrends(connection, trends);
                connection.commit();
                return new WriteResult(result.articlesWritten(), result.articlesKept() + batch.articles().size() - articles.size(),
                        result.entities(), result.mentions(), alertRows, trendRows);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        }
    }

    @Override
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private WriteResult writeArticles(Connection connection, List<EnrichedArticle> articles) throws SQLException {
        if (articles.isEmpty()) {
            return WriteResult.NONE;
        }
        int[] counts;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
            for (EnrichedArticle article : articles) {
                bindArticle(upsert, article);
                upsert.addBatch();
            }
            counts = upsert.executeBatch();
        }
        List<EnrichedArticle> written = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            // 0 = the WHERE of the upsert kept the stored enrichment (newer, or this very one); else (1, or "no info") written.
            if (counts[i] != 0) {
                written.add(articles.get(i));
            }
        }
        if (written.isEmpty()) {
            return new WriteResult(0, articles.size(), 0, 0, 0, 0);
        }
        int entities = writeEntities(connection, written);
        int mentions = replaceMentions(connection, written);
        return new WriteResult(written.size(), articles.size() - written.size(), entities, mentions, 0, 0);
    }

    private void bindArticle(PreparedStatement s, EnrichedArticle a) throws SQLException {
        s.setString(1, a.getId());
        s.setString(2, Text.clean(a.getUrl()));
        s.setString(3, Text.clean(a.getTitle()));
        s.setString(4, Text.clean(a.getBody()));
        s.setString(5, Text.clean(a.getSummary()));
        s.setString(6, Text.clean(a.getSource()));
        s.setString(7, Text.clean(a.getFeedUrl()));
        s.setLong(8, a.getPublishedAt().toEpochMilli());
        s.setLong(9, a.getEnrichedAt().toEpochMilli());
        s.setString(10, a.getLanguage());
        s.setDouble(11, a.getLanguageConfidence());
        setDouble(s, 12, a.getTone());
        s.setInt(13, a.getEnrichmentVersion());
        s.setInt(14, a.getRevision());
        s.setString(15, a.getContentHash());
        s.setString(16, a.getDuplicateOf());
        s.setBoolean(17, a.getTruncated());
        s.setString(18, json.strings(a.getAuthors()));
        s.setString(19, json.strings(a.getCategories()));
        s.setString(20, json.keywords(a));
        s.setString(21, json.mentions(a));
        s.setString(22, json.sentences(a));
    }

    private int writeEntities(Connection connection, List<EnrichedArticle> written) throws SQLException {
        Map<String, Entity> entities = new TreeMap<>();
        for (EnrichedArticle article : written) {
            for (Entity entity : article.getEntities()) {
                entities.put(entity.getId(), entity);
            }
        }
        if (entities.isEmpty()) {
            return 0;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ENTITY)) {
            for (Entity e : entities.values()) {
                upsert.setString(1, e.getId());
                upsert.setString(2, Text.clean(e.getName()));
                upsert.setString(3, e.getType().name());
                upsert.setString(4, e.getCountryCode());
                setDouble(upsert, 5, e.getLatitude());
                setDouble(upsert, 6, e.getLongitude());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return entities.size();
    }

    private int replaceMentions(Connection connection, List<EnrichedArticle> written) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_MENTIONS)) {
            for (EnrichedArticle article : written) {
                delete.setString(1, article.getId());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MENTION)) {
            for (EnrichedArticle article : written) {
                // An entity listed twice would break the primary key: the first (most salient) wins.
                Map<String, Entity> distinct = new LinkedHashMap<>();
                article.getEntities().forEach(e -> distinct.putIfAbsent(e.getId(), e));
                for (Entity e : distinct.values()) {
                    insert.setString(1, article.getId());
                    insert.setString(2, e.getId());
                    insert.setInt(3, e.getMentions());
                    insert.setDouble(4, e.getSalience());
                    setDouble(insert, 5, e.getTone());
                    insert.setBoolean(6, e.getInTitle());
                    insert.setString(7, json.strings(e.getSurfaceForms()));
                    insert.setLong(8, article.getPublishedAt().toEpochMilli());
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }

    private int writeAlerts(Connection connection, List<Alert> alerts) throws SQLException {
        if (alerts.isEmpty()) {
            return 0;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ALERT)) {
            for (Alert a : alerts) {
                upsert.setString(1, a.getAlertId());
                upsert.setString(2, a.getRuleId());
                upsert.setString(3, Text.clean(a.getRuleName()));
                upsert.setInt(4, a.getRuleVersion());
                upsert.setString(5, a.getArticleId());
                upsert.setString(6, Text.clean(a.getTitle()));
                upsert.setString(7, Text.clean(a.getUrl()));
                upsert.setString(8, Text.clean(a.getSource()));
                upsert.setLong(9, a.getPublishedAt().toEpochMilli());
                upsert.setLong(10, a.getAlertedAt().toEpochMilli());
                setDouble(upsert, 11, a.getTone());
                upsert.setString(12, json.strings(a.getEntities()));
                upsert.setString(13, json.strings(a.getSnippets()));
                upsert.setInt(14, a.getDuplicateCount());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return alerts.size();
    }

    private int writeTrends(Connection connection, List<EntityTrend> trends) throws SQLException {
        if (trends.isEmpty()) {
            return 0;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_TREND)) {
            for (EntityTrend t : trends) {
                upsert.setString(1, t.getEntityId());
                upsert.setString(2, t.getWindow());
                upsert.setLong(3, t.getWindowStart().toEpochMilli());
                upsert.setLong(4, t.getWindowEnd().toEpochMilli());
                upsert.setString(5, Text.clean(t.getName()));
                upsert.setString(6, t.getType().name());
                upsert.setLong(7, t.getArticles());
                upsert.setLong(8, t.getMentions());
                upsert.setDouble(9, t.getToneSum());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return trends.size();
    }

    /** Of several enrichments of one article in a batch only the newest can win; the others are not sent. */
    static List<EnrichedArticle> newestPerArticle(List<EnrichedArticle> articles) {
        Map<String, EnrichedArticle> newest = new TreeMap<>();
        for (EnrichedArticle article : articles) {
            newest.merge(article.getId(), article, (old, arriving) -> isAtLeastAsNew(arriving, old) ? arriving : old);
        }
        return new ArrayList<>(newest.values());
    }

    /** The order of the upsert's WHERE: (enrichmentVersion, revision, enrichedAt), ties going to the later arrival. */
    static boolean isAtLeastAsNew(EnrichedArticle candidate, EnrichedArticle current) {
        int byVersion = Integer.compare(candidate.getEnrichmentVersion(), current.getEnrichmentVersion());
        if (byVersion != 0) {
            return byVersion > 0;
        }
        int byRevision = Integer.compare(candidate.getRevision(), current.getRevision());
        if (byRevision != 0) {
            return byRevision > 0;
        }
        return !candidate.getEnrichedAt().isBefore(current.getEnrichedAt());
    }

    /** The same merge the upsert applies, done in memory first so the database sees each alert once. */
    static List<Alert> mergedPerAlert(List<Alert> alerts) {
        Map<String, Alert> merged = new TreeMap<>();
        for (Alert alert : alerts) {
            merged.merge(alert.getAlertId(), alert, (old, arriving) -> {
                Alert copy = Alert.newBuilder(arriving).build();
                if (old.getAlertedAt().isBefore(copy.getAlertedAt())) {
                    copy.setAlertedAt(old.getAlertedAt());
                }
                copy.setDuplicateCount(Math.max(old.getDuplicateCount(), copy.getDuplicateCount()));
                return copy;
            });
        }
        return new ArrayList<>(merged.values());
    }

    static List<EntityTrend> latestPerWindow(List<EntityTrend> trends) {
        Map<String, EntityTrend> latest = new LinkedHashMap<>();
        for (EntityTrend t : trends) {
            latest.put(t.getEntityId() + '\u0000' + t.getWindow() + '\u0000' + t.getWindowStart().toEpochMilli(), t);
        }
        List<EntityTrend> ordered = new ArrayList<>(latest.values());
        ordered.sort(Comparator.comparing(EntityTrend::getEntityId).thenComparing(EntityTrend::getWindow)
                .thenComparing(EntityTrend::getWindowStart));
        return ordered;
    }

    private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // The connection is broken; the pool will evict it.
        }
    }
}
