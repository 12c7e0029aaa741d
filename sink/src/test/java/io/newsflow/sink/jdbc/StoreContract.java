package io.newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.fixture.ArticleFixtures;
import io.newsflow.sink.fixture.StoreRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the store promises on every database: idempotent replay, the newest enrichment wins whatever
 * the arrival order, alert and trend merge rules, full-text search. Each dialect runs it against a real
 * database (SQLite file, PostgreSQL schema).
 */
abstract class StoreContract {
    protected final ArticleFixtures fixtures = new ArticleFixtures();
    protected Database database;
    protected StoreWriter writer;
    protected StoreRows rows;

    /** A JDBC URL of an empty database for this test. */
    protected abstract String freshJdbcUrl() throws Exception;

    /** The dialect's full-text query: ids of articles matching {@code words}. */
    protected abstract String searchQuery();

    @BeforeEach
    void openStore() throws Exception {
        database = Database.open(freshJdbcUrl());
        writer = new StoreWriter(database);
        rows = new StoreRows(database.dataSource());
    }

    @AfterEach
    void closeStore() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void replayingTheSameRecordsLeavesExactlyTheSameRows() throws SQLException {
        List<StoreBatch> batches = List.of(
                new StoreBatch(List.of(fixtures.article("a1", 1, 1), fixtures.article("a2", 1, 1)),
                        List.of(fixtures.alert("al1", "a1", 0, Instant.parse("2025-12-02T14:31:00Z"))),
                        List.of(fixtures.trend("person:vladimir-putin", "1m", Instant.parse("2025-12-02T14:30:00Z"), 2, 7))),
                new StoreBatch(List.of(fixtures.article("a1", 2, 1), fixtures.article("a3", 1, 1)),
                        List.of(fixtures.alert("al1", "a1", 2, Instant.parse("2025-12-02T14:35:00Z"))),
                        List.of(fixtures.trend("person:vladimir-putin", "1m", Instant.parse("2025-12-02T14:30:00Z"), 3, 9),
                                fixtures.trend("person:vladimir-putin", "1h", Instant.parse("2025-12-02T14:00:00Z"), 3, 9))));
        for (StoreBatch batch : batches) {
            writer.write(batch);
        }
        List<String> first = rows.all();

        for (StoreBatch batch : batches) {
            writer.write(batch);
        }

        assertThat(rows.all()).containsExactlyElementsOf(first);
        assertThat(rows.count("articles")).isEqualTo(3);
        assertThat(rows.count("alerts")).isEqualTo(1);
        assertThat(rows.count("trends")).isEqualTo(2);
        assertThat(rows.count("mentions")).isEqualTo(8 + 7 + 7);
    }

    @Test
    void anOlderEnrichmentArrivingLateNeverOverwritesTheNewer() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 2, 1))));
        List<String> withV2 = rows.all();

        WriteResult late = writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));

        assertThat(late.articlesWritten()).isZero();
        assertThat(late.articlesKept()).isEqualTo(1);
        assertThat(rows.all()).containsExactlyElementsOf(withV2);
        assertThat(rows.rows("SELECT enrichment_version FROM articles")).containsExactly("articles:enrichment_version=2");
        assertThat(rows.rows("SELECT entity_id FROM mentions WHERE article_id = 'a1' AND entity_id = 'org:kremlin'")).hasSize(1);
    }

    @Test
    void aNewerEnrichmentReplacesTheArticleAndItsMentions() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));
        assertThat(rows.count("mentions")).isEqualTo(7);

        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 2, 1))));

        assertThat(rows.rows("SELECT enrichment_version, enriched_at FROM articles")).containsExactly(
                "articles:enrichment_version=2|enriched_at=" + fixtures.article("a1", 2, 1).getEnrichedAt().toEpochMilli());
        assertThat(rows.count("mentions")).isEqualTo(8);
    }

    @Test
    void atTheSameVersionALaterRevisionWinsAndAnEarlierOneIsKept() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 2))));
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));
        assertThat(rows.rows("SELECT revision FROM articles")).containsExactly("articles:revision=2");

        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 3))));
        assertThat(rows.rows("SELECT revision FROM articles")).containsExactly("articles:revision=3");
    }

    @Test
    void replayingAStoredRecordRewritesNothing() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));

        WriteResult replay = writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));

        assertThat(replay.articlesWritten()).isZero();
        assertThat(replay.articlesKept()).isEqualTo(1);
        assertThat(replay.mentions()).isZero();
    }

    @Test
    void atTheSameVersionAndRevisionTheLaterEnrichmentWinsWhateverTheArrivalOrder() throws SQLException {
        EnrichedArticle earlier = fixtures.article("a1", 1, 1);
        EnrichedArticle later = EnrichedArticle.newBuilder(earlier)
                .setEnrichedAt(earlier.getEnrichedAt().plusSeconds(60)).setTone(0.5).build();

        writer.write(StoreBatch.ofArticles(List.of(later)));
        writer.write(StoreBatch.ofArticles(List.of(earlier)));

        assertThat(rows.rows("SELECT enriched_at FROM articles"))
                .containsExactly("articles:enriched_at=" + later.getEnrichedAt().toEpochMilli());
    }

    @Test
    void withinOneBatchTheNewestEnrichmentOfAnArticleWins() throws SQLException {
        WriteResult result = writer.write(StoreBatch.ofArticles(List.of(
                fixtures.article("a1", 3, 1), fixtures.article("a1", 1, 1), fixtures.article("a1", 2, 1))));

        assertThat(result.articlesWritten()).isEqualTo(1);
        assertThat(result.articlesKept()).isEqualTo(2);
        assertThat(rows.rows("SELECT enrichment_version FROM articles")).containsExactly("articles:enrichment_version=3");
    }

    @Test
    void storesEveryColumnOfTheContract() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.seed())));

        assertThat(rows.rows("SELECT title, language, source, truncated, duplicate_of FROM articles"))
                .containsExactly("articles:title=US negotiators meet Putin as Russia presses battlefield advances"
                        + "|language=en|source=Example News|truncated=" + falseText() + "|duplicate_of=null");
        assertThat(rows.rows("SELECT keywords_json FROM articles"))
                .containsExactly("articles:keywords_json=[{\"phrase\":\"peace plan\",\"score\":2.5},{\"phrase\":\"negotiators\",\"score\":1.5}]");
        assertThat(rows.rows("SELECT mentions_json FROM articles").get(0))
                .contains("{\"entityId\":\"person:vladimir-putin\",\"text\":\"Putin\",\"start\":20,\"end\":25}");
        assertThat(rows.rows("SELECT name, type, country_code FROM entities WHERE id = 'geonames:524901'"))
                .containsExactly("entities:name=Moscow|type=LOCATION|country_code=RU");
        assertThat(rows.rows("SELECT mentions, in_title, surface_forms_json FROM mentions WHERE entity_id = 'person:vladimir-putin'"))
                .containsExactly("mentions:mentions=6|in_title=" + trueText() + "|surface_forms_json=[\"Vladimir Putin\",\"Putin\"]");
    }

    @Test
    void alertsKeepTheFirstAlertTimeAndTheHighestDuplicateCount() throws SQLException {
        writer.write(new StoreBatch(List.of(), List.of(fixtures.alert("al1", "a1", 3, Instant.parse("2025-12-02T14:31:00Z"))), List.of()));
        writer.write(new StoreBatch(List.of(), List.of(fixtures.alert("al1", "a1", 1, Instant.parse("2025-12-02T15:00:00Z"))), List.of()));

        assertThat(rows.rows("SELECT alerted_at, duplicate_count FROM alerts"))
                .containsExactly("alerts:alerted_at=" + Instant.parse("2025-12-02T14:31:00Z").toEpochMilli() + "|duplicate_count=3");
    }

    @Test
    void theLatestCountOfATrendWindowWins() throws SQLException {
        Instant start = Instant.parse("2025-12-02T14:30:00Z");
        writer.write(new StoreBatch(List.of(), List.of(), List.of(fixtures.trend("person:vladimir-putin", "1m", start, 5, 11))));
        writer.write(new StoreBatch(List.of(), List.of(), List.of(fixtures.trend("person:vladimir-putin", "1m", start, 2, 3))));

        assertThat(rows.rows("SELECT articles, mentions FROM trends")).containsExactly("trends:articles=2|mentions=3");
    }

    @Test
    void fullTextSearchFindsArticlesByWordsOfTheirBody() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));

        assertThat(search("Pokrovsk")).containsExactly("a1");
        assertThat(search("negotiators")).containsExactly("a1");
        assertThat(search("tomatoes")).isEmpty();
    }

    @Test
    void fullTextSearchFollowsTheNewestTextOfAnArticle() throws SQLException {
        writer.write(StoreBatch.ofArticles(List.of(fixtures.article("a1", 1, 1))));
        EnrichedArticle rewritten = EnrichedArticle.newBuilder(fixtures.article("a1", 1, 2))
                .setBody("Markets rallied as tomatoes became scarce.").build();

        writer.write(StoreBatch.ofArticles(List.of(rewritten)));

        assertThat(search("tomatoes")).containsExactly("a1");
        assertThat(search("Pokrovsk")).isEmpty();
    }

    @Test
    void dropsNulCharactersInsteadOfRejectingTheArticle() throws SQLException {
        EnrichedArticle withNul = EnrichedArticle.newBuilder(fixtures.article("a1", 1, 1))
                .setTitle("Putin\u0000 meets envoys").build();

        writer.write(StoreBatch.ofArticles(List.of(withNul)));

        assertThat(rows.rows("SELECT title FROM articles")).containsExactly("articles:title=Putin meets envoys");
    }

    protected String falseText() {
        return "false";
    }

    protected String trueText() {
        return "true";
    }

    private List<String> search(String words) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(searchQuery())) {
            s.setString(1, words);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
