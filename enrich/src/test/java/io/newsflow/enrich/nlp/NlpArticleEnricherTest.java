package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quality.EntityEvaluator;
import io.newsflow.enrich.quality.GoldArticle;
import io.newsflow.enrich.quality.GoldSet;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpArticleEnricherTest {
    private final NlpArticleEnricher enricher = SharedEnricher.get();

    @Test
    void nonEnglishArticleFlowsOnWithItsLanguageAndNoEnglishAnalysis() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("de-1",
                "Bundestag beschließt neues Heizungsgesetz",
                "Der Bundestag hat am Freitag in Berlin das umstrittene Heizungsgesetz verabschiedet. "
                        + "Die Opposition kritisierte die hohen Kosten für Hausbesitzer und kündigte eine Klage an."), 2);
        assertThat(article.getLanguage()).isEqualTo("de");
        assertThat(article.getLanguageConfidence()).isGreaterThan(0.5);
        assertThat(article.getTone()).isNull();
        assertThat(article.getEntities()).isEmpty();
        assertThat(article.getKeywords()).isEmpty();
        assertThat(article.getBody()).startsWith("Der Bundestag");
        assertThat(article.getSimHashHex()).hasSize(16).isNotEqualTo("0000000000000000");
        assertThat(article.getEnrichmentVersion()).isEqualTo(2);
    }

    @Test
    void oversizedArticleIsAnalysedOnlyUpToTheLimitAndFlagged() {
        NlpArticleEnricher small = SharedEnricher.with(new NlpConfig(600, 10, NerTagger.FOUR_CLASS_MODEL, NlpConfig.DEFAULT_SPAN_CACHE));
        String paragraph = "Officials in Madrid said the talks would continue next week. ";
        String body = paragraph.repeat(30) + "\n\nThe final paragraph mentions Lisbon only.";
        EnrichedArticle article = small.enrich(SharedEnricher.raw("long-1", "Talks continue in Madrid", body), 1);
        assertThat(article.getTruncated()).isTrue();
        assertThat(article.getBody()).endsWith("Lisbon only.");
        assertThat(article.getEntities()).extracting(Entity::getName).contains("Madrid").doesNotContain("Lisbon");
        assertThat(article.getSentences()).allSatisfy(s -> assertThat(s.getEnd()).isLessThanOrEqualTo(600));
    }

    @Test
    void shortArticleIsNotTruncated() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("short-1", "Rain in Oslo", "It rained in Oslo."), 1);
        assertThat(article.getTruncated()).isFalse();
    }

    @Test
    void pronounsWeekdaysAndSentenceInitialCapitalsAreNotEntities() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("p-1", "Senior officials meet on Monday",
                "Senior officials from Kenya met on Monday. He said they would return on Friday. "
                        + "Top negotiators said She was not invited. They left Nairobi on Tuesday."), 1);
        assertThat(article.getEntities()).extracting(Entity::getName)
                .contains("Kenya", "Nairobi")
                .doesNotContain("He", "She", "They", "Monday", "Friday", "Tuesday", "Top", "Senior");
    }

    @Test
    void spellingVariantsAndAcronymsJoinOneEntity() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("v-1", "Zelenskyy visits US",
                "Ukrainian President Volodymyr Zelenskyy arrived in the U.S. on Monday. Zelensky said Kiev needed "
                        + "air defence. The United States promised more aid to Kyiv, and Zelenskyy thanked the USA."), 1);
        assertThat(entity(article, "Volodymyr Zelensky")).hasValueSatisfying(e -> {
            assertThat(e.getType()).isEqualTo(EntityType.PERSON);
            assertThat(e.getSurfaceForms()).contains("Volodymyr Zelenskyy", "Zelensky");
        });
        assertThat(entity(article, "United States")).hasValueSatisfying(e -> {
            assertThat(e.getId()).isEqualTo("country:US");
            assertThat(e.getSurfaceForms()).contains("US", "U.S.", "United States", "USA");
        });
        assertThat(entity(article, "Kyiv")).hasValueSatisfying(e -> assertThat(e.getSurfaceForms()).contains("Kiev", "Kyiv"));
        assertThat(article.getEntities()).extracting(Entity::getName).doesNotContain("Zelenskyy", "Kiev", "U.S.");
    }

    @Test
    void cityIsChosenByTheCountriesTheArticleMentions() {
        EnrichedArticle texas = enricher.enrich(SharedEnricher.raw("c-1", "Storm hits Texas town",
                "A tornado damaged homes in Paris, a town in northeast Texas, the United States weather service said."), 1);
        EnrichedArticle france = enricher.enrich(SharedEnricher.raw("c-2", "Strike in Paris",
                "Transport workers walked out in Paris on Tuesday, and trains across France were cancelled."), 1);
        assertThat(entity(france, "Paris")).hasValueSatisfying(e -> assertThat(e.getCountryCode()).isEqualTo("FR"));
        assertThat(entity(texas, "Paris")).hasValueSatisfying(e -> assertThat(e.getCountryCode()).isEqualTo("US"));
    }

    @Test
    void entityToneFollowsTheSentencesThatMentionIt() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("t-1", "Mixed day for markets",
                "Acme Corp reported excellent results and celebrated record profits. "
                        + "Globex Corporation warned of terrible losses after a disastrous fraud scandal."), 1);
        assertThat(entity(article, "Acme Corp")).hasValueSatisfying(e -> assertThat(e.getTone()).isPositive());
        assertThat(entity(article, "Globex Corporation")).hasValueSatisfying(e -> assertThat(e.getTone()).isNegative());
        assertThat(article.getSentences()).hasSize(3);
    }

    @Test
    void headlineCaseTitleKeepsOnlyNamesTheBodyOrGazetteerConfirms() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("h-1",
                "Top Negotiators Meet Putin As Russia Presses Battlefield Advances",
                "Senior negotiators met Russian President Vladimir Putin in Moscow on Tuesday to discuss a peace plan."), 1);
        assertThat(article.getEntities()).extracting(Entity::getName)
                .contains("Vladimir Putin", "Russia", "Moscow")
                .doesNotContain("Top Negotiators", "Battlefield Advances", "Presses Battlefield Advances", "Top");
    }

    @Test
    void emptyOrFurnitureOnlyArticleIsEnrichedWithoutFailing() {
        EnrichedArticle empty = enricher.enrich(SharedEnricher.raw("e-1", "", ""), 1);
        assertThat(empty.getLanguage()).isEqualTo("und");
        assertThat(empty.getEntities()).isEmpty();
        EnrichedArticle furniture = enricher.enrich(SharedEnricher.raw("e-2", "Breaking news",
                "Share this article\n\nScroll to Top"), 1);
        assertThat(furniture.getBody()).isEmpty();
        assertThat(furniture.getTruncated()).isFalse();
    }

    @Test
    void keepsRawIdentityAndHashAndLeavesDuplicateOfToTheTopology() {
        EnrichedArticle article = enricher.enrich(SharedEnricher.raw("k-1", "Title", "Body text here."), 7);
        assertThat(article.getId()).isEqualTo("k-1");
        assertThat(article.getContentHash()).isEqualTo("hash-k-1");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2025-11-25T12:00:00Z"));
        assertThat(article.getDuplicateOf()).isNull();
        assertThat(article.getEnrichmentVersion()).isEqualTo(7);
    }

    @Test
    void sharedByThreadsItGivesTheSameResultsAsAlone() throws Exception {
        List<GoldArticle> gold = GoldSet.load(Path.of(getClass().getResource("/gold").toURI()));
        List<String> alone = new ArrayList<>();
        for (GoldArticle article : gold) {
            alone.add(withoutTime(enricher.enrich(EntityEvaluator.raw(article), 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (GoldArticle article : gold) {
                    results.add(pool.submit(() -> withoutTime(enricher.enrich(EntityEvaluator.raw(article), 1))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(alone.get(i % gold.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String withoutTime(EnrichedArticle article) {
        return EnrichedArticle.newBuilder(article).setEnrichedAt(Instant.EPOCH).build().toString();
    }

    private static Optional<Entity> entity(EnrichedArticle article, String name) {
        return article.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst();
    }
}
