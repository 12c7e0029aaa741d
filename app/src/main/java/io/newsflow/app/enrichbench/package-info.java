/**
 * Commands that measure the enrich stage's understanding of articles outside the test suite:
 * {@code newsflow eval entities} (precision, recall and F1 against the gold set),
 * {@code newsflow eval stories} (precision and recall of "same story" on the labelled story pair set) and
 * {@code newsflow bench enrich} (throughput of the full enrichment against the bare CoreNLP
 * pipeline in the same run).
 */
package io.newsflow.app.enrichbench;
