package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedArticleTest {
    private static EnrichedArticle enriched;
    private static JsonNode gold;

    @BeforeAll
    static void enrichSeed() throws IOException {
        String text = resource("/gold/seed-article.txt");
        int split = text.indexOf("\n\n");
        enriched = SharedEnricher.get().enrich(
                SharedEnricher.raw("seed", text.substring(0, split), text.substring(split + 2)), 3);
        gold = new ObjectMapper().readTree(resource("/gold/seed-article.gold.json"));
    }

    @Test
    void findsEveryGoldEntityWithItsCanonicalNameAndType() {
        List<String> missing = new ArrayList<>();
        for (JsonNode expected : gold.get("entities")) {
            Optional<Entity> found = find(expected);
            if (found.isEmpty()) {
                missing.add(expected.get("canonical").asText());
            }
        }
        assertThat(missing).as("gold entities not found; got %s", names()).isEmpty();
    }

    @Test
    void toneIsBelowZero() {
        assertThat(enriched.getTone()).isNotNull().isNegative();
    }

    @Test
    void dropsPageFurnitureAndSentenceInitialCapitals() {
        assertThat(enriched.getBody()).doesNotContain("Scroll to Top");
        assertThat(names()).doesNotContain("Top", "He", "Tuesday", "Wednesday");
    }

    @Test
    void linksPlacesToCountryCodesAndGeoNames() {
        assertThat(byName("Ukraine").getId()).isEqualTo("country:UA");
        assertThat(byName("United States").getId()).isEqualTo("country:US");
        assertThat(byName("Kyiv").getId()).isEqualTo("geonames:703448");
        Entity pokrovsk = byName("Pokrovsk");
        assertThat(pokrovsk.getCountryCode()).isEqualTo("UA");
        assertThat(pokrovsk.getLatitude()).isBetween(48.0, 48.5);
        assertThat(byName("Vladimir Putin").getId()).isEqualTo("person:vladimir-putin");
    }

    @Test
    void joinsShortMentionsToTheFullName() {
        Entity kushner = byName("Jared Kushner");
        assertThat(kushner.getSurfaceForms()).contains("Jared Kushner", "Kushner");
        assertThat(kushner.getMentions()).isEqualTo(3);
        assertThat(byName("Donald Trump").getSurfaceForms()).containsExactly("Trump");
    }

    @Test
    void mentionOffsetsPointIntoTitleAndBody() {
        String text = enriched.getTitle() + "\n\n" + enriched.getBody();
        enriched.getMentions().forEach(m -> assertThat(text.substring(m.getStart(), m.getEnd())).isEqualTo(m.getText()));
        enriched.getSentences().forEach(s -> assertThat(s.getEnd()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void ordersEntitiesMostSalientFirst() {
        assertThat(enriched.getEntities().get(0).getName()).isIn("Vladimir Putin", "United States");
        assertThat(enriched.getEntities()).isSortedAccordingTo((a, b) -> Double.compare(b.getSalience(), a.getSalience()));
    }

    private static Optional<Entity> find(JsonNode expected) {
        List<String> names = new ArrayList<>();
        names.add(expected.get("canonical").asText());
        expected.get("alt").forEach(n -> names.add(n.asText()));
        List<String> types = new ArrayList<>();
        expected.get("types").forEach(t -> types.add(t.asText()));
        return enriched.getEntities().stream()
                .filter(e -> names.contains(e.getName()) && types.contains(e.getType().name()))
                .findFirst();
    }

    private static Entity byName(String name) {
        return enriched.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + names()));
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        enriched.getEntities().forEach(e -> names.add(e.getName() + "/" + e.getType() + "/" + e.getId()));
        return names;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
