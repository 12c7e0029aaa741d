/**
 * Story identity: whether two articles tell the same story, decided on their raw text before any NLP.
 * {@link io.newsflow.enrich.story.StoryFingerprinter} turns a body into a MinHash
 * {@link io.newsflow.enrich.story.StoryFingerprint} of its word shingles; {@link io.newsflow.enrich.story.LshBands}
 * gives the bucket keys under which candidates are looked up; {@link io.newsflow.enrich.story.SameStoryRule}
 * judges a candidate pair on estimated Jaccard similarity and containment. Nothing here knows Kafka: the
 * dedup step of the topology keeps the fingerprints in its stores and calls these classes.
 */
package io.newsflow.enrich.story;
