package io.newsflow.enrich.story;

/**
 * The verdict on a pair of articles.
 *
 * @param same whether they tell the same story
 * @param jaccard estimated Jaccard similarity of their shingle sets
 * @param containment estimated share of the smaller set found in the larger
 */
public record SameStory(boolean same, double jaccard, double containment) {}
