package io.newsflow.sink.replay;

import io.newsflow.sink.jdbc.WriteResult;
import java.time.Duration;

/**
 * The summary of a finished (or stopped) replay.
 *
 * @param total records in the range
 * @param done records consumed and committed (those of a resumed run's earlier part excluded)
 * @param written what the database changed
 * @param deadLetters records set aside
 * @param elapsed wall time of this run
 * @param complete false when the replay was stopped before the end of its range
 */
public record ReplayResult(long total, long done, WriteResult written, long deadLetters, Duration elapsed, boolean complete) {
    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return done / seconds;
    }
}
