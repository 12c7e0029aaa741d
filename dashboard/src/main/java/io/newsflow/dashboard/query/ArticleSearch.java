package io.newsflow.dashboard.query;

import java.time.Instant;

/**
 * What to look for among stored articles; every criterion is optional.
 *
 * @param text full-text query in web-search syntax, or null
 * @param entityId only articles that mention this entity, or null
 * @param from inclusive lower bound on publication time, or null
 * @param to exclusive upper bound on publication time, or null
 * @param limit at most this many, newest first
 * @param includeDuplicates whether copies of a story already stored are listed too
 */
public record ArticleSearch(String text, String entityId, Instant from, Instant to, int limit,
                            boolean includeDuplicates) {
    public static final int MAX_LIMIT = 200;

    public ArticleSearch {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", but it is " + limit + ".");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to.");
        }
    }

    public static ArticleSearch newest(int limit) {
        return new ArticleSearch(null, null, null, null, limit, false);
    }
}
