package io.newsflow.sink.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.fixture.ArticleFixtures;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code newsflow export} prints: one JSON object per stored article or alert. */
class StoreExportTest {
    @TempDir
    Path dataDir;

    private final ArticleFixtures fixtures = new ArticleFixtures();
    private final ObjectMapper json = new ObjectMapper();
    private Database database;
    private StoreExport export;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Database.sqliteUrl(dataDir));
        export = new StoreExport(database);
        EnrichedArticle later = EnrichedArticle.newBuilder(fixtures.article("a0", 2, 1))
                .setPublishedAt(ArticleFixtures.PUBLISHED.plusSeconds(60)).setDuplicateOf("a-seed").setTone(null).build();
        new StoreWriter(database).write(new StoreBatch(List.of(later, fixtures.seed()),
                List.of(fixtures.alert("al1", "a-seed", 0, Instant.parse("2025-12-02T14:31:00Z"))), List.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportsArticlesOldestFirstWithTheirEntities() throws Exception {
        List<JsonNode> lines = lines(StoreExport.What.ARTICLES);

        assertThat(lines).hasSize(2);
        JsonNode seed = lines.get(0);
        assertThat(seed.get("id").asText()).isEqualTo("a-seed");
        assertThat(seed.get("title").asText()).isEqualTo("US negotiators meet Putin as Russia presses battlefield advances");
        assertThat(seed.get("url").asText()).isEqualTo("https://news.example.org/world/a-seed");
        assertThat(seed.get("source").asText()).isEqualTo("Example News");
        assertThat(seed.get("publishedAt").asText()).isEqualTo("2025-12-02T14:30:00Z");
        assertThat(seed.get("language").asText()).isEqualTo("en");
        assertThat(seed.get("tone").isNumber()).isTrue();
        assertThat(seed.get("enrichmentVersion").asInt()).isEqualTo(1);
        assertThat(seed.get("duplicateOf").isNull()).isTrue();
        List<String> names = new ArrayList<>();
        seed.get("entities").forEach(e -> names.add(e.get("name").asText() + "/" + e.get("type").asText()));
        assertThat(names).containsExactlyInAnyOrder("Vladimir Putin/PERSON", "Jared Kushner/PERSON", "Steve Witkoff/PERSON",
                "Volodymyr Zelensky/PERSON", "Moscow/LOCATION", "Ukraine/LOCATION", "Kyiv/LOCATION");
        JsonNode putin = seed.get("entities").get(0);
        assertThat(putin.get("id").asText()).isEqualTo("person:vladimir-putin");
        assertThat(putin.get("mentions").asInt()).isEqualTo(6);

        JsonNode later = lines.get(1);
        assertThat(later.get("id").asText()).isEqualTo("a0");
        assertThat(later.get("duplicateOf").asText()).isEqualTo("a-seed");
        assertThat(later.get("tone").isNull()).isTrue();
        assertThat(later.get("entities")).hasSize(8);
    }

    @Test
    void exportsAlertsWithRuleNameAndSnippets() throws Exception {
        List<JsonNode> lines = lines(StoreExport.What.ALERTS);

        assertThat(lines).hasSize(1);
        JsonNode alert = lines.get(0);
        assertThat(alert.get("alertId").asText()).isEqualTo("al1");
        assertThat(alert.get("rule").asText()).isEqualTo("Ukraine talks");
        assertThat(alert.get("articleId").asText()).isEqualTo("a-seed");
        assertThat(alert.get("alertedAt").asText()).isEqualTo("2025-12-02T14:31:00Z");
        assertThat(alert.get("snippets").get(0).asText()).isEqualTo("seeking a breakthrough to end the [[Ukraine]] war");
    }

    @Test
    void exportsAnEmptyStoreAsNoLines() throws Exception {
        try (Database empty = Database.open(Database.sqliteUrl(dataDir.resolve("empty")))) {
            StringWriter out = new StringWriter();
            assertThat(new StoreExport(empty).writeJsonLines(StoreExport.What.ARTICLES, out)).isZero();
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void refusesToExportAnythingElse() {
        assertThatThrownBy(() -> StoreExport.What.of("entities"))
                .hasMessage("Cannot export 'entities': choose articles or alerts.");
    }

    private List<JsonNode> lines(StoreExport.What what) throws Exception {
        StringWriter out = new StringWriter();
        long count = export.writeJsonLines(what, out);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(json.readTree(line));
            }
        }
        assertThat(nodes).hasSize((int) count);
        return nodes;
    }
}
