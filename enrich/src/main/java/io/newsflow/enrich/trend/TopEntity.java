package io.newsflow.enrich.trend;

/**
 * One entity's counts over a period, as the trends endpoint returns them.
 *
 * @param articles distinct articles (duplicates counted once) that mention the entity
 * @param mentions mentions in those articles
 * @param toneSum sum of the entity's tone over those articles; {@code toneSum / articles} is the mean
 */
public record TopEntity(String entityId, String name, String type, long articles, long mentions, double toneSum) {

    TopEntity plus(TopEntity other) {
        return new TopEntity(entityId, other.name, other.type, articles + other.articles, mentions + other.mentions,
                toneSum + other.toneSum);
    }

    /** Most articles first, then most mentions, then id: a stable order for ties. */
    static int byRank(TopEntity a, TopEntity b) {
        int c = Long.compare(b.articles, a.articles);
        if (c == 0) {
            c = Long.compare(b.mentions, a.mentions);
        }
        return c != 0 ? c : a.entityId.compareTo(b.entityId);
    }
}
