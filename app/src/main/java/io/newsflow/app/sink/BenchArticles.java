package io.newsflow.app.sink;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Keyword;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.SentenceTone;
import io.newsflow.schemas.fingerprint.SimHashHex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Enriched articles shaped like real ones for the sink benchmark: a headline and ~2.4 KB of body,
 * eight entities drawn from a pool of 400 (so batches share entities as news does), their mentions,
 * keywords and sentence tones. Seeded, so every run and both targets write the same data.
 */
final class BenchArticles {
    private static final String[] WORDS = ("negotiators president talks ceasefire ministry markets inflation "
            + "election parliament coalition border troops energy prices summit envoy sanctions agreement "
            + "investigation court ruling protest strike union budget deficit growth exports harvest storm "
            + "flood rescue hospital vaccine research university launch satellite orbit").split(" ");
    private static final EntityType[] TYPES = EntityType.values();

    private final Random random;

    BenchArticles(long seed) {
        this.random = new Random(seed);
    }

    List<EnrichedArticle> generate(int count) {
        List<EnrichedArticle> articles = new ArrayList<>(count);
        Instant start = Instant.parse("2025-12-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            articles.add(article("bench-" + i, start.plusSeconds(37L * i)));
        }
        return articles;
    }

    private EnrichedArticle article(String id, Instant publishedAt) {
        String title = sentence(9);
        StringBuilder body = new StringBuilder();
        while (body.length() < 2400) {
            body.append(sentence(14)).append(body.length() % 3 == 0 ? "\n\n" : " ");
        }
        String text = title + "\n\n" + body;
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < 8) {
            int n = random.nextInt(400);
            if (!picked.contains(n)) {
                picked.add(n);
            }
        }
        for (int n : picked) {
            String entityId = "bench:entity-" + n;
            int count = 1 + random.nextInt(5);
            for (int m = 0; m < count; m++) {
                int at = random.nextInt(text.length() - 12);
                mentions.add(Mention.newBuilder().setEntityId(entityId).setText("Entity " + n).setStart(at).setEnd(at + 10).build());
            }
            entities.add(Entity.newBuilder().setId(entityId).setName("Entity " + n).setType(TYPES[n % TYPES.length])
                    .setMentions(count).setSalience(random.nextDouble()).setInTitle(random.nextInt(4) == 0)
                    .setTone(random.nextDouble() * 2 - 1).setSurfaceForms(List.of("Entity " + n))
                    .setCountryCode(n % 3 == 0 ? "GB" : null).setLatitude(n % 3 == 0 ? 51.5 : null)
                    .setLongitude(n % 3 == 0 ? -0.12 : null).build());
        }
        mentions.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return EnrichedArticle.newBuilder()
                .setId(id).setUrl("https://bench.example.org/" + id).setTitle(title).setBody(body.toString())
                .setSummary(sentence(20)).setSource("Bench Wire").setFeedUrl("https://bench.example.org/rss")
                .setAuthors(List.of("A. Writer")).setCategories(List.of("World"))
                .setPublishedAt(publishedAt).setRevision(1).setContentHash(Integer.toHexString(text.hashCode()))
                .setEnrichmentVersion(1).setEnrichedAt(publishedAt.plusSeconds(2)).setLanguage("en").setLanguageConfidence(0.99)
                .setTone(random.nextDouble() * 2 - 1)
                .setSentences(List.of(SentenceTone.newBuilder().setStart(0).setEnd(title.length()).setTone(0.1).build()))
                .setEntities(entities).setMentions(mentions)
                .setKeywords(List.of(Keyword.newBuilder().setPhrase(WORDS[random.nextInt(WORDS.length)]).setScore(2.0).build()))
                .setDuplicateOf(null).setSimHashHex(SimHashHex.of(random.nextLong())).setTruncated(false)
                .build();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
        }
        return s.toString();
    }
}
