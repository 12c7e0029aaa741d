/**
 * Duplicate detection for the enrich topology. An article is a duplicate when another id already
 * carried the same content hash (exact) or a body whose SimHash over word shingles lies within a small
 * Hamming distance, published within a window of days (near: syndicated wire copies with small edits).
 * The duplicate points at the first article of the story. Every decision is remembered per id, so a
 * replay or re-enrichment of the same id gets the same {@code duplicateOf} again instead of being
 * called a copy of itself; all state lives in changelogged stores, so it survives restarts exactly once.
 */
package io.newsflow.enrich.dedup;
