package io.newsflow.dashboard.query;

/** Where an entity is named: UTF-16 offsets in {@code title + "\n\n" + body}, the same units JavaScript strings use. */
public record MentionSpan(String entityId, String text, int start, int end) {
}
