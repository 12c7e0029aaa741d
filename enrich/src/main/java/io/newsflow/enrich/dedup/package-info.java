/**
 * Duplicate detection for the enrich topology. An article is a duplicate when another id already
 * carried the same content hash (exact) or a body whose SimHash over word shingles lies within a small
 * Hamming distance, published within a window of days (near: syndicated wire copies with small edits).
 * The duplicate points at the first article of the story. Every decision is remembered per id, so a
 * replay or re-enrichment of the same id gets the same {@code duplicateOf} again instead of being
 * called a copy of itself; all state lives in changelogged stores, so it survives restarts exactly once.
 *
 * <p>Limit: "first" means first to reach the single dedup task. A replay with its own application id
 * (fresh state) over the same records gives the same answers when they reach dedup in the same order,
 * which holds for one news.raw partition; with several, enrichment tasks interleave differently from run
 * to run, and of two copies published close together either may become the first. Among several
 * matching stories the earliest-published first article wins, which narrows but does not remove this.
 */
package io.newsflow.enrich.dedup;
