/**
 * Entity quality, measured: a gold set of hand-annotated articles and the scorer that compares the
 * enricher's entities with it (precision, recall and F1 of name + type, and of canonical ids). Used
 * by the {@code newsflow eval entities} command and by the quality test.
 */
package io.newsflow.enrich.quality;
