package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Keyword;
import io.newsflow.schemas.avro.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds enriched articles by hand, the way the nlp stage would: entities with canonical names and
 * mentions found in title + "\n\n" + body. Tests of matching must not depend on the NER model.
 */
final class TestArticles {
    record Named(String id, String name, EntityType type, List<String> surfaceForms) {}

    private TestArticles() {
    }

    static Named person(String id, String name, String... surface) {
        return new Named(id, name, EntityType.PERSON, List.of(surface));
    }

    static Named location(String id, String name, String... surface) {
        return new Named(id, name, EntityType.LOCATION, List.of(surface));
    }

    static Named organization(String id, String name, String... surface) {
        return new Named(id, name, EntityType.ORGANIZATION, List.of(surface));
    }

    static EnrichedArticle article(String id, String title, String body, Named... entities) {
        return builder(id, title, body, entities).build();
    }

    static EnrichedArticle.Builder builder(String id, String title, String body, Named... entities) {
        String text = title + "\n\n" + body;
        List<Entity> found = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Named named : entities) {
            int count = 0;
            boolean inTitle = false;
            for (String form : named.surfaceForms()) {
                int at = text.indexOf(form);
                while (at >= 0) {
                    boolean overlaps = false;
                    for (Mention m : mentions) {
                        overlaps |= at < m.getEnd() && at + form.length() > m.getStart();
                    }
                    if (!overlaps) {
                        mentions.add(new Mention(named.id(), form, at, at + form.length()));
                        count++;
                        inTitle |= at < title.length();
                    }
                    at = text.indexOf(form, at + form.length());
                }
            }
            found.add(Entity.newBuilder().setId(named.id()).setName(named.name()).setType(named.type())
                    .setMentions(count).setSalience(0.5).setInTitle(inTitle).setSurfaceForms(named.surfaceForms()).build());
        }
        mentions.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setTitle(title)
                .setBody(body)
                .setSource("Example News")
                .setPublishedAt(Instant.parse("2025-12-02T16:00:00Z"))
                .setContentHash("hash-" + id)
                .setEnrichmentVersion(1)
                .setEnrichedAt(Instant.parse("2025-12-02T16:00:01Z"))
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setTone(-0.2)
                .setEntities(found)
                .setMentions(mentions)
                .setKeywords(List.<Keyword>of());
    }

    /** The seed article (US negotiators meet Putin), enriched by hand with the entities a reader expects. */
    static EnrichedArticle seedArticle() {
        String text;
        try (InputStream in = TestArticles.class.getResourceAsStream("/alert/seed-article-us-negotiators-meet-putin.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int split = text.indexOf("\n\n");
        return article("seed-1", text.substring(0, split).strip(), text.substring(split + 2).strip(),
                person("person:vladimir-putin", "Vladimir Putin", "Vladimir Putin", "Putin"),
                person("person:jared-kushner", "Jared Kushner", "Jared Kushner", "Kushner"),
                person("person:steve-witkoff", "Steve Witkoff", "Steve Witkoff", "Witkoff"),
                person("person:donald-trump", "Donald Trump", "Trump"),
                person("person:volodymyr-zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky", "Zelensky"),
                person("person:yuri-ushakov", "Yuri Ushakov", "Yuri Ushakov"),
                person("person:kirill-dmitriev", "Kirill Dmitriev", "Kirill Dmitriev"),
                location("country:RU", "Russia", "Russia"),
                location("country:UA", "Ukraine", "Ukraine"),
                location("country:US", "United States", "US"),
                location("geonames:524901", "Moscow", "Moscow"),
                location("geonames:703448", "Kyiv", "Kyiv"),
                location("geonames:4140963", "Washington", "Washington"),
                location("geonames:2800866", "Brussels", "Brussels"),
                location("geonames:704147", "Pokrovsk", "Pokrovsk"),
                location("continent:EU", "Europe", "Europe"),
                organization("org:kremlin", "Kremlin", "Kremlin"));
    }
}
