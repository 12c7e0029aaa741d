package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityEvaluatorTest {
    private static final GoldArticle GOLD = new GoldArticle("a", "Title", "Body", List.of(
            new GoldArticle.GoldEntity("Volodymyr Zelensky", List.of("Volodymyr Zelenskyy"), List.of("PERSON"), null),
            new GoldArticle.GoldEntity("Kyiv", List.of("Kiev"), List.of("LOCATION"), "geonames:703448"),
            new GoldArticle.GoldEntity("Kremlin", List.of(), List.of("LOCATION", "ORGANIZATION"), null)),
            List.of("Russian"));

    @Test
    void nameOrAcceptedVariantAndTypeMustBothMatch() {
        EntityEvaluator.ArticleResult result = EntityEvaluator.evaluate(GOLD, article(
                entity("person:x", "Volodymyr Zelenskyy", EntityType.PERSON),
                entity("geonames:703448", "kyiv", EntityType.ORGANIZATION),
                entity("org:kremlin", "Kremlin", EntityType.ORGANIZATION)));
        assertThat(result.entities()).isEqualTo(new Score(2, 1, 1));
        assertThat(result.missed()).containsExactly("Kyiv/LOCATION");
    }

    @Test
    void optionalNamesCountNeitherWay() {
        EntityEvaluator.ArticleResult result = EntityEvaluator.evaluate(GOLD, article(
                entity("misc:russian", "Russian", EntityType.MISC)));
        assertThat(result.entities()).isEqualTo(new Score(0, 0, 3));
    }

    @Test
    void placeIdsAreScoredApart() {
        EntityEvaluator.ArticleResult result = EntityEvaluator.evaluate(GOLD, article(
                entity("geonames:703448", "Kyiv", EntityType.LOCATION),
                entity("country:UA", "Ukraine", EntityType.LOCATION)));
        assertThat(result.ids()).isEqualTo(new Score(1, 1, 0));
    }

    @Test
    void scoresComputePrecisionRecallAndF1() {
        Score score = new Score(8, 2, 2);
        assertThat(score.precision()).isEqualTo(0.8);
        assertThat(score.recall()).isEqualTo(0.8);
        assertThat(score.f1()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Score.ZERO.plus(score)).isEqualTo(score);
    }

    private static EnrichedArticle article(Entity... entities) {
        return EnrichedArticle.newBuilder().setId("a").setTitle("Title").setBody("Body").setSource("s")
                .setPublishedAt(Instant.EPOCH).setContentHash("h").setEnrichmentVersion(1).setEnrichedAt(Instant.EPOCH)
                .setLanguage("en").setEntities(List.of(entities)).build();
    }

    private static Entity entity(String id, String name, EntityType type) {
        return Entity.newBuilder().setId(id).setName(name).setType(type).setMentions(1).build();
    }
}
