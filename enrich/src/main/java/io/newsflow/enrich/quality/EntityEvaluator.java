package io.newsflow.enrich.quality;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.RawArticle;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares an enricher's entities with a gold set. An entity counts when its canonical name
 * (or an accepted variant; case and accents ignored) and its type both match; an expected entity
 * found under another name or type is both a miss and a false find. Ids are scored apart over
 * places: the gold's country and city ids against the {@code country:} and {@code geonames:} ids
 * found, in articles whose annotations carry ids. Entities named in the gold's optional list are
 * not counted either way.
 */
public final class EntityEvaluator {
    /** What one article scored, with the differences spelled out for a reader. */
    public record ArticleResult(String name, Score entities, Score ids, List<String> missed, List<String> wrong,
            List<String> idMisses, Map<EntityType, Score> byType) {}

    /**
     * The whole gold set's figures; {@code byType} splits the entity score by type (a find counts
     * under the type it was given, a miss under the first type the gold accepts).
     */
    public record Report(Score entities, Score ids, List<ArticleResult> articles, Map<EntityType, Score> byType) {}

    private final ArticleEnricher enricher;

    public EntityEvaluator(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    public Report evaluate(List<GoldArticle> gold) {
        Score entities = Score.ZERO;
        Score ids = Score.ZERO;
        List<ArticleResult> results = new ArrayList<>();
        Map<EntityType, Score> byType = new EnumMap<>(EntityType.class);
        for (GoldArticle article : gold) {
            ArticleResult result = evaluate(article, enricher.enrich(raw(article), 1));
            entities = entities.plus(result.entities());
            ids = ids.plus(result.ids());
            result.byType().forEach((type, score) -> byType.merge(type, score, Score::plus));
            results.add(result);
        }
        return new Report(entities, ids, results, byType);
    }

    /** Scores one enriched article against its annotations. */
    public static ArticleResult evaluate(GoldArticle article, EnrichedArticle enriched) {
        Set<String> optional = new HashSet<>();
        article.optional().forEach(name -> optional.add(normalise(name)));
        List<Entity> unmatched = new ArrayList<>(enriched.getEntities());
        List<String> missed = new ArrayList<>();
        Map<EntityType, Score> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            byType.put(type, Score.ZERO);
        }
        int truePositives = 0;
        for (GoldArticle.GoldEntity expected : article.entities()) {
            Entity match = null;
            for (Entity found : unmatched) {
                if (names(expected).contains(normalise(found.getName()))
                        && expected.types().contains(found.getType().name())) {
                    match = found;
                    break;
                }
            }
            if (match == null) {
                missed.add(expected.canonical() + "/" + String.join("|", expected.types()));
                byType.merge(EntityType.valueOf(expected.types().get(0)), new Score(0, 0, 1), Score::plus);
            } else {
                unmatched.remove(match);
                truePositives++;
                byType.merge(match.getType(), new Score(1, 0, 0), Score::plus);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Entity found : unmatched) {
            if (!optional.contains(normalise(found.getName()))) {
                wrong.add(found.getName() + "/" + found.getType() + "/" + found.getId());
                byType.merge(found.getType(), new Score(0, 1, 0), Score::plus);
            }
        }
        Set<String> goldIds = new HashSet<>();
        for (GoldArticle.GoldEntity expected : article.entities()) {
            if (expected.id() != null) {
                goldIds.add(expected.id());
            }
        }
        Set<String> foundIds = new HashSet<>();
        for (Entity found : enriched.getEntities()) {
            // Articles annotated without ids (the seed) do not take part in the id score.
            if (!goldIds.isEmpty() && isPlaceId(found.getId()) && !optional.contains(normalise(found.getName()))) {
                foundIds.add(found.getId());
            }
        }
        List<String> idMisses = new ArrayList<>();
        int idHits = 0;
        for (String id : goldIds) {
            if (foundIds.contains(id)) {
                idHits++;
            } else {
                idMisses.add("missing " + id);
            }
        }
        for (String id : foundIds) {
            if (!goldIds.contains(id)) {
                idMisses.add("unexpected " + id);
            }
        }
        return new ArticleResult(article.name(), new Score(truePositives, wrong.size(), missed.size()),
                new Score(idHits, foundIds.size() - idHits, goldIds.size() - idHits), missed, wrong, idMisses, byType);
    }

    public static RawArticle raw(GoldArticle article) {
        return RawArticle.newBuilder()
                .setId(article.name())
                .setTitle(article.title())
                .setBody(article.body())
                .setSource("gold")
                .setPublishedAt(Instant.EPOCH)
                .setFetchedAt(Instant.EPOCH)
                .setContentHash(article.name())
                .build();
    }

    private static boolean isPlaceId(String id) {
        return id.startsWith("country:") || id.startsWith("geonames:");
    }

    private static Set<String> names(GoldArticle.GoldEntity expected) {
        Set<String> names = new HashSet<>();
        names.add(normalise(expected.canonical()));
        expected.alternatives().forEach(name -> names.add(normalise(name)));
        return names;
    }

    static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
