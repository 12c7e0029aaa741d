/**
 * Story identity: whether two articles tell the same story, decided on their raw text before any NLP.
 * {@link io.newsflow.enrich.story.StoryFingerprinter} reads a body into normalised words (boilerplate,
 * datelines, credits and punctuation gone), and makes a {@link io.newsflow.enrich.story.StoryFingerprint}:
 * a MinHash signature of its word shingles, the names and numbers it mentions, and the hash of its first
 * words. {@link io.newsflow.enrich.story.LshBands} gives the bucket keys under which candidates are looked
 * up; {@link io.newsflow.enrich.story.SameStoryRule} judges a candidate pair on estimated containment and
 * Jaccard similarity, then on its facts, which is what tells apart two stories written from one template
 * and a story from its update with new figures. Thresholds are in {@link io.newsflow.enrich.story.StoryPolicy};
 * the labelled pair set that calibrated them is read and scored by {@code story.eval}. Nothing here knows
 * Kafka: the dedup step of the topology keeps the fingerprints in its stores and calls these classes.
 */
package io.newsflow.enrich.story;
