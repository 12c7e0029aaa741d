package io.newsflow.dashboard.query;

/** An entity as a chip on an article card: enough to colour it by type and tone and to filter by it. */
public record EntityChip(String id, String name, String type, Double tone) {
}
