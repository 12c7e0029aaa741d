package io.newsflow.dashboard.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Finds stored articles: the newest, a search, or one with everything the article view needs. */
public final class ArticleQueries {
    /** Chips per card: more would not fit on one line of the page. */
    static final int CHIPS_PER_ARTICLE = 6;
    private static final int EXCERPT_CHARS = 280;

    private final Jdbc jdbc;
    private final SqlDialect dialect;
    private final JsonColumns json;

    public ArticleQueries(DataSource dataSource, SqlDialect dialect, ObjectMapper mapper) {
        this.jdbc = new Jdbc(dataSource);
        this.dialect = dialect;
        this.json = new JsonColumns(mapper);
    }

    /** Articles matching every criterion of {@code search}, newest first. */
    public List<ArticleSummary> search(ArticleSearch search) {
        StringBuilder sql = new StringBuilder(
                "SELECT a.id, a.url, a.title, a.source, a.published_at, a.tone, a.duplicate_of, "
                        + "COALESCE(a.summary, substr(a.body, 1, " + EXCERPT_CHARS + ")) AS excerpt "
                        + "FROM articles a WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (search.text() != null) {
            String text = dialect.fullTextParameter(search.text());
            if (text == null) {
                return List.of();
            }
            sql.append(" AND ").append(dialect.fullTextCondition());
            parameters.add(text);
        }
        if (search.entityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?)");
            parameters.add(search.entityId());
        }
        if (search.from() != null) {
            sql.append(" AND a.published_at >= ?");
            parameters.add(search.from().toEpochMilli());
        }
        if (search.to() != null) {
            sql.append(" AND a.published_at < ?");
            parameters.add(search.to().toEpochMilli());
        }
        if (!search.includeDuplicates()) {
            sql.append(" AND a.duplicate_of IS NULL");
        }
        sql.append(" ORDER BY a.published_at DESC, a.id DESC LIMIT ?");
        parameters.add(search.limit());

        record Row(String id, String url, String title, String source, long publishedAt, Double tone,
                   String duplicateOf, String excerpt) {}
        List<Row> rows = jdbc.query(sql.toString(), parameters, r -> new Row(r.getString("id"), r.getString("url"),
                r.getString("title"), r.getString("source"), r.getLong("published_at"), Jdbc.nullableDouble(r, "tone"),
                r.getString("duplicate_of"), r.getString("excerpt")));
        Map<String, List<EntityChip>> chips = chipsOf(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> new ArticleSummary(r.id(), r.url(), r.title(), r.source(), Jdbc.iso(r.publishedAt()), r.tone(),
                        excerpt(r.excerpt()), r.duplicateOf(), chips.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The article with its entities and mention offsets, or empty when it is not stored (yet). */
    public Optional<ArticleDetail> byId(String id) {
        List<ArticleDetail> found = jdbc.query(
                "SELECT id, url, title, body, summary, source, feed_url, published_at, enriched_at, language, tone, "
                        + "enrichment_version, revision, duplicate_of, truncated, authors_json, categories_json, "
                        + "keywords_json, mentions_json FROM articles WHERE id = ?",
                List.of(id),
                r -> new ArticleDetail(r.getString("id"), r.getString("url"), r.getString("title"), r.getString("body"),
                        r.getString("summary"), r.getString("source"), r.getString("feed_url"),
                        Jdbc.iso(r.getLong("published_at")), Jdbc.iso(r.getLong("enriched_at")), r.getString("language"),
                        Jdbc.nullableDouble(r, "tone"), r.getInt("enrichment_version"), r.getInt("revision"),
                        r.getString("duplicate_of"), r.getBoolean("truncated"),
                        json.strings(r.getString("authors_json")), json.strings(r.getString("categories_json")),
                        json.list(r.getString("keywords_json"), k -> k.hasNonNull("phrase")
                                ? new KeywordView(k.get("phrase").asText(), k.path("score").asDouble()) : null),
                        List.of(),
                        json.list(r.getString("mentions_json"), m -> m.hasNonNull("entityId") && m.has("start") && m.has("end")
                                ? new MentionSpan(m.get("entityId").asText(), m.path("text").asText(""),
                                        m.get("start").asInt(), m.get("end").asInt()) : null)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleDetail article = found.get(0);
        List<ArticleEntity> entities = jdbc.query(
                "SELECT m.entity_id, COALESCE(e.name, m.entity_id) AS name, COALESCE(e.type, 'MISC') AS type, m.mentions, "
                        + "m.salience, m.tone, m.in_title FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
                        + "WHERE m.article_id = ? ORDER BY m.salience DESC, m.mentions DESC, m.entity_id",
                List.of(id),
                r -> new ArticleEntity(r.getString("entity_id"), r.getString("name"), r.getString("type"),
                        r.getInt("mentions"), Jdbc.nullableDouble(r, "salience"), Jdbc.nullableDouble(r, "tone"),
                        r.getBoolean("in_title")));
        return Optional.of(new ArticleDetail(article.id(), article.url(), article.title(), article.body(),
                article.summary(), article.source(), article.feedUrl(), article.publishedAt(), article.enrichedAt(),
                article.language(), article.tone(), article.enrichmentVersion(), article.revision(),
                article.duplicateOf(), article.truncated(), article.authors(), article.categories(), article.keywords(),
                entities, article.mentions()));
    }

    private Map<String, List<EntityChip>> chipsOf(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(articleIds.size(), "?"));
        Map<String, List<EntityChip>> chips = new LinkedHashMap<>();
        jdbc.query("SELECT m.article_id, m.entity_id, COALESCE(e.name, m.entity_id) AS name, "
                        + "COALESCE(e.type, 'MISC') AS type, m.tone FROM mentions m "
                        + "LEFT JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (" + placeholders + ") "
                        + "ORDER BY m.article_id, m.salience DESC, m.mentions DESC, m.entity_id",
                articleIds,
                r -> {
                    List<EntityChip> list = chips.computeIfAbsent(r.getString("article_id"), k -> new ArrayList<>());
                    if (list.size() < CHIPS_PER_ARTICLE) {
                        list.add(new EntityChip(r.getString("entity_id"), r.getString("name"), r.getString("type"),
                                Jdbc.nullableDouble(r, "tone")));
                    }
                    return Boolean.TRUE;
                });
        return chips;
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
    }
}
