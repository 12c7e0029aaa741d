package io.newsflow.dashboard.query;

/** One bucket of an entity's tone: its start (ISO-8601), the articles that mention it and their mean tone (null when unmeasured). */
public record TonePoint(String start, long articles, long mentions, Double tone) {
}
