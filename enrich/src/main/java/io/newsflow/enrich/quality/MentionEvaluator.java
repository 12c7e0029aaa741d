package io.newsflow.enrich.quality;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an enricher's mentions against a corpus annotated mention by mention (CoNLL style): a
 * found mention is right when its characters are exactly those of a gold mention and its type is
 * the same; anything else is a false find, and every gold mention not found so is a miss. The
 * type of a found mention is that of the entity it was linked to, so what the linker does to
 * types (one type for a name throughout the article) is part of the score.
 *
 * <p>Each document goes through {@link ArticleEnricher#enrich} as an article without a headline.
 * Mention offsets refer to the cleaned text; cleaning may drop lines (page furniture), so found
 * mentions are mapped back line by line, and one on a line the gold text does not have counts as
 * a false find.
 */
public final class MentionEvaluator {
    private static final String SEPARATOR = "\n\n";

    /** One document's result with the differences written out for a reader. */
    public record DocumentResult(String name, Map<EntityType, Score> byType, List<String> missed,
            List<String> wrong) {
        public Score overall() {
            return byType.values().stream().reduce(Score.ZERO, Score::plus);
        }
    }

    /** The corpus's figures per type and overall. */
    public record Report(Map<EntityType, Score> byType, List<DocumentResult> documents) {
        public Score overall() {
            return byType.values().stream().reduce(Score.ZERO, Score::plus);
        }
    }

    private record Span(int start, int end, EntityType type) {}

    private final ArticleEnricher enricher;

    public MentionEvaluator(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    public Report evaluate(List<ConllDocument> documents) {
        Map<EntityType, Score> byType = emptyScores();
        List<DocumentResult> results = new ArrayList<>(documents.size());
        for (ConllDocument document : documents) {
            DocumentResult result = evaluate(document, enricher.enrich(raw(document), 1));
            result.byType().forEach((type, score) -> byType.merge(type, score, Score::plus));
            results.add(result);
        }
        return new Report(byType, results);
    }

    /** Scores one enriched document against its gold mentions. */
    public static DocumentResult evaluate(ConllDocument document, EnrichedArticle enriched) {
        Set<Span> gold = new LinkedHashSet<>();
        for (ConllDocument.GoldMention mention : document.mentions()) {
            gold.add(new Span(mention.start(), mention.end(), mention.type()));
        }
        Set<Span> found = found(document.text(), enriched);
        Map<EntityType, Score> byType = emptyScores();
        List<String> wrong = new ArrayList<>();
        for (Span span : found) {
            boolean right = gold.contains(span);
            byType.merge(span.type(), right ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
            if (!right) {
                wrong.add(describe(document.text(), span));
            }
        }
        List<String> missed = new ArrayList<>();
        for (Span span : gold) {
            if (!found.contains(span)) {
                byType.merge(span.type(), new Score(0, 0, 1), Score::plus);
                missed.add(describe(document.text(), span));
            }
        }
        return new DocumentResult(document.name(), byType, missed, wrong);
    }

    public static RawArticle raw(ConllDocument document) {
        return RawArticle.newBuilder()
                .setId(document.name())
                .setTitle("")
                .setBody(document.text())
                .setSource("conll")
                .setPublishedAt(Instant.EPOCH)
                .setFetchedAt(Instant.EPOCH)
                .setContentHash(document.name())
                .build();
    }

    /** Found mentions as spans of the document's own text; those on lines it lacks get offset -1. */
    private static Set<Span> found(String text, EnrichedArticle enriched) {
        Map<String, EntityType> types = new HashMap<>();
        for (Entity entity : enriched.getEntities()) {
            types.put(entity.getId(), entity.getType());
        }
        int[] shift = lineShifts(text, enriched.getTitle() + SEPARATOR + enriched.getBody());
        Set<Span> found = new LinkedHashSet<>();
        int unmapped = 0;
        for (Mention mention : enriched.getMentions()) {
            EntityType type = types.get(mention.getEntityId());
            int delta = mention.getStart() < shift.length ? shift[mention.getStart()] : Integer.MIN_VALUE;
            if (delta == Integer.MIN_VALUE) {
                found.add(new Span(-1 - unmapped++, -1, type));
            } else {
                found.add(new Span(mention.getStart() + delta, mention.getEnd() + delta, type));
            }
        }
        return found;
    }

    /**
     * For every offset of the analysed text, what to add to reach the same character of the gold
     * text: each analysed line is matched to the next gold line equal to it.
     */
    private static int[] lineShifts(String gold, String analysed) {
        int[] shift = new int[analysed.length() + 1];
        Arrays.fill(shift, Integer.MIN_VALUE);
        String[] goldLines = gold.split("\n", -1);
        int[] goldStarts = new int[goldLines.length];
        for (int i = 1; i < goldLines.length; i++) {
            goldStarts[i] = goldStarts[i - 1] + goldLines[i - 1].length() + 1;
        }
        int next = 0;
        int lineStart = 0;
        for (String line : analysed.split("\n", -1)) {
            if (!line.isEmpty()) {
                for (int g = next; g < goldLines.length; g++) {
                    if (goldLines[g].equals(line)) {
                        for (int k = 0; k <= line.length(); k++) {
                            shift[lineStart + k] = goldStarts[g] - lineStart;
                        }
                        next = g + 1;
                        break;
                    }
                }
            }
            lineStart += line.length() + 1;
        }
        return shift;
    }

    private static String describe(String text, Span span) {
        String surface = span.start() < 0 ? "(on a line cleaning changed)" : text.substring(span.start(), span.end());
        return surface + "/" + span.type();
    }

    private static Map<EntityType, Score> emptyScores() {
        Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            scores.put(type, Score.ZERO);
        }
        return scores;
    }
}
