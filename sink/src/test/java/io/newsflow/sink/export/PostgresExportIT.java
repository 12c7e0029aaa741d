package io.newsflow.sink.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.fixture.ArticleFixtures;
import io.newsflow.sink.fixture.PostgresSchema;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Export on PostgreSQL streams through a cursor and joins entities page by page, beyond one page of articles. */
class PostgresExportIT {
    private final ArticleFixtures fixtures = new ArticleFixtures();

    @Test
    void exportsEveryArticleWithItsEntitiesAcrossPages() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create(); Database database = Database.open(schema.jdbcUrl())) {
            List<EnrichedArticle> articles = new ArrayList<>();
            for (int i = 0; i < 1_203; i++) {
                articles.add(EnrichedArticle.newBuilder(fixtures.article(String.format("a%05d", i), 1, 1))
                        .setPublishedAt(ArticleFixtures.PUBLISHED.plusSeconds(i)).build());
            }
            new StoreWriter(database).write(StoreBatch.ofArticles(articles));

            List<ArticleExport> exported = new ArrayList<>();
            new StoreExport(database).forEachArticle(exported::add);

            assertThat(exported).hasSize(1_203);
            assertThat(exported).extracting(ArticleExport::id).isSorted();
            assertThat(exported).allSatisfy(a -> assertThat(a.entities()).hasSize(7));
            assertThat(exported.get(1_202).entities().get(0).name()).isEqualTo("Vladimir Putin");
        }
    }
}
