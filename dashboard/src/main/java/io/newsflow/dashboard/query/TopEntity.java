package io.newsflow.dashboard.query;

/** An entity's weight in a time window: distinct articles, mentions and mean tone (null when none was measured). */
public record TopEntity(String id, String name, String type, long articles, long mentions, Double tone) {
}
