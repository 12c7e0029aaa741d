package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.SharedEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kinds of error seen on real news (issue 16), through the whole enricher and the real CRF. */
class RealTextEntitiesTest {
    @Test
    void agencyOpeningASentenceIsKept() {
        assertThat(entities("Talks resume", "AFP reported that the talks would resume on Monday. Officials in Paris agreed."))
                .contains("AFP/ORGANIZATION", "Paris/LOCATION");
    }

    @Test
    void capitalAtTheEndOfASentenceKeepsItsPeriod() {
        EnrichedArticle article = SharedEnricher.get().enrich(SharedEnricher.raw("real", "Capital visit",
                "The delegation flew on Tuesday to Washington D.C.\nIt met senators."), 1);
        assertThat(article.getMentions()).extracting(m -> m.getText()).containsExactly("Washington D.C.");
    }

    @Test
    void activistOfAPartyIsAPersonAndAnOrganisation() {
        assertThat(entities("Activists", "Student leaders including Nathan Law of Demosisto spoke on Sunday."))
                .contains("Nathan Law/PERSON", "Demosisto/ORGANIZATION");
    }

    @Test
    void envoyAfterHisTitleIsAPerson() {
        assertThat(entities("Envoy speaks", "Ambassador to the United States Hamdullah Mohib said Kabul wanted talks."))
                .contains("United States/LOCATION", "Hamdullah Mohib/PERSON")
                .noneMatch(e -> e.contains("States Hamdullah"));
    }

    @Test
    void pageFurnitureBecomesNoEntity() {
        List<String> entities = entities("Storm hits coast", "By Jane Doe\n\nThe storm reached Halifax on Sunday, "
                + "Environment Canada said.\n\nImage: NASA/Bill Ingalls\n\nArchived\n\n"
                + "2008 Canada Published North America Politics");
        assertThat(entities).contains("Halifax/LOCATION", "Environment Canada/ORGANIZATION")
                .noneMatch(e -> e.contains("Jane Doe") || e.contains("Published") || e.contains("Archived")
                        || e.contains("Ingalls") || e.contains("North America"));
    }

    @Test
    void spaceCentersAreNamedWhole() {
        assertThat(entities("Launch", "The rocket lifted off from Kennedy Space Center on Friday while engineers at "
                + "the Metro Toronto Convention Centre watched."))
                .contains("Kennedy Space Center/ORGANIZATION", "Metro Toronto Convention Centre/ORGANIZATION");
    }

    private static List<String> entities(String title, String body) {
        EnrichedArticle article = SharedEnricher.get().enrich(SharedEnricher.raw("real", title, body), 1);
        return article.getEntities().stream().map(RealTextEntitiesTest::describe).toList();
    }

    private static String describe(Entity entity) {
        return entity.getName() + "/" + entity.getType();
    }
}
