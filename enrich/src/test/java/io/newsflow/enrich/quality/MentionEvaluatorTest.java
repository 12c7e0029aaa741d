package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionEvaluatorTest {
    private static final String TEXT = "Peter Blackburn visited Paris.\nImage: Reuters\nHe met Le Monde.";
    private static final ConllDocument DOCUMENT = new ConllDocument("d", TEXT, List.of(
            new ConllDocument.GoldMention(0, 15, EntityType.PERSON),
            new ConllDocument.GoldMention(24, 29, EntityType.LOCATION),
            new ConllDocument.GoldMention(53, 61, EntityType.ORGANIZATION)));

    @Test
    void aMentionCountsOnlyWithTheSameCharactersAndType() {
        MentionEvaluator.DocumentResult result = MentionEvaluator.evaluate(DOCUMENT, enriched(TEXT,
                mention("p", EntityType.PERSON, 6, 15), mention("l", EntityType.LOCATION, 24, 29),
                mention("o", EntityType.LOCATION, 53, 61)));
        assertThat(result.byType().get(EntityType.LOCATION)).isEqualTo(new Score(1, 1, 0));
        assertThat(result.byType().get(EntityType.PERSON)).isEqualTo(new Score(0, 1, 1));
        assertThat(result.overall()).isEqualTo(new Score(1, 2, 2));
        assertThat(result.missed()).containsExactly("Peter Blackburn/PERSON", "Le Monde/ORGANIZATION");
        assertThat(result.wrong()).containsExactly("Blackburn/PERSON", "Le Monde/LOCATION");
    }

    @Test
    void mentionsAfterALineThatCleaningDroppedAreMappedBack() {
        String cleaned = "Peter Blackburn visited Paris.\nHe met Le Monde.";
        MentionEvaluator.DocumentResult result = MentionEvaluator.evaluate(DOCUMENT, enriched(cleaned,
                mention("p", EntityType.PERSON, 0, 15), mention("l", EntityType.LOCATION, 24, 29),
                mention("o", EntityType.ORGANIZATION, 38, 46)));
        assertThat(result.overall()).isEqualTo(new Score(3, 0, 0));
    }

    private record Found(String id, EntityType type, int start, int end) {}

    private static Found mention(String id, EntityType type, int start, int end) {
        return new Found(id, type, start, end);
    }

    /** An enriched article without a headline: offsets count the two newlines before the body. */
    private static EnrichedArticle enriched(String body, Found... found) {
        List<Entity> entities = java.util.Arrays.stream(found)
                .map(f -> Entity.newBuilder().setId(f.id()).setName(f.id()).setType(f.type()).setMentions(1).build())
                .toList();
        List<Mention> mentions = java.util.Arrays.stream(found)
                .map(f -> new Mention(f.id(), f.id(), f.start() + 2, f.end() + 2)).toList();
        return EnrichedArticle.newBuilder().setId("d").setTitle("").setBody(body).setSource("s")
                .setPublishedAt(Instant.EPOCH).setContentHash("h").setEnrichmentVersion(1).setEnrichedAt(Instant.EPOCH)
                .setLanguage("en").setEntities(entities).setMentions(mentions).build();
    }
}
