package io.newsflow.app.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The benchmark's baseline: the same article, entity and mention rows the sink writes, prepared as
 * plain values beforehand and sent as batched JDBC INSERTs in one transaction per batch, with no
 * upsert, no version check, no mention replacement. The closest a sink can get to the database's raw speed.
 */
final class PlainInsert {
    private static final String ARTICLE = "INSERT INTO articles (id, url, title, body, summary, source, feed_url, published_at, "
            + "enriched_at, language, language_confidence, tone, enrichment_version, revision, content_hash, duplicate_of, "
            + "truncated, authors_json, categories_json, keywords_json, mentions_json, sentences_json) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ENTITY = "INSERT INTO entities (id, name, type, country_code, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String MENTION = "INSERT INTO mentions (article_id, entity_id, mentions, salience, tone, in_title, "
            + "surface_forms_json, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** One batch as ready-made rows. */
    record Rows(List<Object[]> articles, List<Object[]> entities, List<Object[]> mentions) {
        int count() {
            return articles.size() + entities.size() + mentions.size();
        }
    }

    private final DataSource dataSource;

    PlainInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Turns batches into rows, each entity once overall (a plain INSERT cannot meet a key twice). */
    static List<Rows> prepare(List<List<EnrichedArticle>> batches, ObjectMapper json) throws JsonProcessingException {
        Set<String> seenEntities = new HashSet<>();
        List<Rows> prepared = new ArrayList<>();
        for (List<EnrichedArticle> batch : batches) {
            List<Object[]> articles = new ArrayList<>();
            List<Object[]> entities = new ArrayList<>();
            List<Object[]> mentions = new ArrayList<>();
            for (EnrichedArticle a : batch) {
                List<Map<String, Object>> keywords = new ArrayList<>();
                a.getKeywords().forEach(k -> keywords.add(ordered("phrase", k.getPhrase(), "score", k.getScore())));
                List<Map<String, Object>> mentionJson = new ArrayList<>();
                a.getMentions().forEach(m -> {
                    Map<String, Object> o = ordered("entityId", m.getEntityId(), "text", m.getText());
                    o.put("start", m.getStart());
                    o.put("end", m.getEnd());
                    mentionJson.add(o);
                });
                List<Map<String, Object>> sentences = new ArrayList<>();
                a.getSentences().forEach(s -> {
                    Map<String, Object> o = ordered("start", s.getStart(), "end", s.getEnd());
                    o.put("tone", s.getTone());
                    sentences.add(o);
                });
                articles.add(new Object[] {a.getId(), a.getUrl(), a.getTitle(), a.getBody(), a.getSummary(), a.getSource(),
                        a.getFeedUrl(), a.getPublishedAt().toEpochMilli(), a.getEnrichedAt().toEpochMilli(), a.getLanguage(),
                        a.getLanguageConfidence(), a.getTone(), a.getEnrichmentVersion(), a.getRevision(), a.getContentHash(),
                        a.getDuplicateOf(), a.getTruncated(), json.writeValueAsString(a.getAuthors()),
                        json.writeValueAsString(a.getCategories()), json.writeValueAsString(keywords),
                        json.writeValueAsString(mentionJson), json.writeValueAsString(sentences)});
                for (Entity e : a.getEntities()) {
                    if (seenEntities.add(e.getId())) {
                        entities.add(new Object[] {e.getId(), e.getName(), e.getType().name(), e.getCountryCode(),
                                e.getLatitude(), e.getLongitude()});
                    }
                    mentions.add(new Object[] {a.getId(), e.getId(), e.getMentions(), e.getSalience(), e.getTone(),
                            e.getInTitle(), json.writeValueAsString(e.getSurfaceForms()), a.getPublishedAt().toEpochMilli()});
                }
            }
            prepared.add(new Rows(articles, entities, mentions));
        }
        return prepared;
    }

    void insert(Rows rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertAll(connection, ARTICLE, rows.articles());
                insertAll(connection, ENTITY, rows.entities());
                insertAll(connection, MENTION, rows.mentions());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void insertAll(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, Types.NULL);
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
