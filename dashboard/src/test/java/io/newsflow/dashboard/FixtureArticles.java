package io.newsflow.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds EnrichedArticles, as enrich would emit them, from a JSON fixture of articles and their entities.
 * Mentions are found by searching each entity's surface forms in {@code title + "\n\n" + body}, so the
 * offsets are real; publication times are {@code minutesAgo} before a chosen instant.
 */
final class FixtureArticles {
    private final ObjectMapper mapper = new ObjectMapper();

    List<EnrichedArticle> load(String resource, Instant now) {
        JsonNode root;
        try (InputStream in = FixtureArticles.class.getResourceAsStream("/fixtures/" + resource)) {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<EnrichedArticle> articles = new ArrayList<>();
        for (JsonNode node : root) {
            articles.add(article(node, now));
        }
        return articles;
    }

    private EnrichedArticle article(JsonNode node, Instant now) {
        String title = node.get("title").asText();
        String body = node.get("body").asText();
        String text = title + "\n\n" + body;
        Instant published = now.minus(Duration.ofMinutes(node.get("minutesAgo").asLong()));
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int rank = 0;
        for (JsonNode e : node.get("entities")) {
            String id = e.get("id").asText();
            int count = 0;
            boolean inTitle = false;
            List<String> surfaces = new ArrayList<>();
            for (JsonNode surface : e.get("surface")) {
                surfaces.add(surface.asText());
            }
            // Longest forms first, so "Vladimir Putin" is one mention and not also "Putin".
            surfaces.sort(Comparator.comparingInt(String::length).reversed());
            for (String surface : surfaces) {
                Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (matcher.find()) {
                    int start = matcher.start();
                    int end = matcher.end();
                    if (mentions.stream().anyMatch(m -> m.getStart() < end && start < m.getEnd())) {
                        continue;
                    }
                    mentions.add(new Mention(id, surface, start, end));
                    count++;
                    inTitle |= start < title.length();
                }
            }
            Double tone = e.has("tone") ? e.get("tone").asDouble() : node.path("tone").asDouble(0);
            entities.add(Entity.newBuilder().setId(id).setName(e.get("name").asText())
                    .setType(EntityType.valueOf(e.get("type").asText())).setMentions(Math.max(1, count))
                    .setSalience(Math.max(0.05, 1.0 - rank * 0.08)).setInTitle(inTitle).setTone(tone)
                    .setSurfaceForms(surfaces).build());
            rank++;
        }
        mentions.sort(Comparator.comparingInt(Mention::getStart));
        return EnrichedArticle.newBuilder()
                .setId(node.get("id").asText())
                .setUrl(node.path("url").asText(null))
                .setTitle(title)
                .setBody(body)
                .setSource(node.get("source").asText())
                .setPublishedAt(published)
                .setContentHash(Integer.toHexString(text.hashCode()))
                .setEnrichmentVersion(node.path("enrichmentVersion").asInt(1))
                .setEnrichedAt(published.plusSeconds(2))
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setTone(node.has("tone") ? node.get("tone").asDouble() : null)
                .setEntities(entities)
                .setMentions(mentions)
                .setDuplicateOf(node.path("duplicateOf").asText(null))
                .setAuthors(List.of())
                .setCategories(List.of())
                .build();
    }
}
