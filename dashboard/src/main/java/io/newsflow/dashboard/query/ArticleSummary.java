package io.newsflow.dashboard.query;

import java.util.List;

/**
 * One article as a card in a list: the same shape whether it comes from a search or from the live
 * stream, so the page renders both with one function.
 *
 * @param publishedAt ISO-8601 instant
 * @param tone document tone in [-1, 1], null when not analysed
 * @param excerpt the feed summary, else the start of the body
 * @param entities the most salient entities, most salient first
 */
public record ArticleSummary(String id, String url, String title, String source, String publishedAt, Double tone,
                             String excerpt, String duplicateOf, List<EntityChip> entities) {
    public ArticleSummary {
        entities = List.copyOf(entities);
    }
}
