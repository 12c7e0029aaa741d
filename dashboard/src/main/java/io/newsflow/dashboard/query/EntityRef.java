package io.newsflow.dashboard.query;

/** An entity found by name, for the page's entity picker. */
public record EntityRef(String id, String name, String type) {
}
