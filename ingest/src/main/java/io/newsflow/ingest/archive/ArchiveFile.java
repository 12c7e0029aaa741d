package io.newsflow.ingest.archive;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One input file to read.
 *
 * @param path where it is
 * @param shown the path as shown in messages
 * @param format txt, html, jsonl or feed (after removing .gz)
 * @param gzipped true for {@code .gz} files
 * @param size bytes on disk
 * @param modified the file's modification time: the publication time of articles that carry none
 * @param source the source name for articles that carry none: the parent folder's name, or "file"
 */
record ArchiveFile(Path path, String shown, String format, boolean gzipped, long size, Instant modified, String source) {}
