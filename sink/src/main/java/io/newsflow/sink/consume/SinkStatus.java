package io.newsflow.sink.consume;

/**
 * A snapshot of the sink for health checks and logs.
 *
 * @param batches batches stored and committed
 * @param records records consumed and committed (stored, ignored tombstones, out-of-range, dead letters)
 * @param deadLetters records set aside on the dead-letter topic
 * @param storeDown true while the database is unreachable and consumption is paused
 * @param lastError the last database error, or null
 */
public record SinkStatus(long batches, long records, long deadLetters, boolean storeDown, String lastError) {
}
