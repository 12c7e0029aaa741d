package io.newsflow.dashboard.query;

/** A key phrase of an article with its relative weight. */
public record KeywordView(String phrase, double score) {
}
