/**
 * Archive loaders for backfill ({@code newsflow ingest --input PATH...}): files and folders of
 * {@code .txt}, {@code .html}, {@code .jsonl} and feed files, each optionally gzipped, read into
 * article drafts with their original publication time. Bad input (a missing path, an empty or binary
 * file, a JSON line that is not an article) becomes a {@link io.newsflow.ingest.archive.Rejection}
 * with path and line, and everything else is still processed.
 */
package io.newsflow.ingest.archive;
