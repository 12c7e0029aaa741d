package io.newsflow.enrich.replay;

import java.time.Duration;

/**
 * What a replay run did.
 *
 * @param applicationId the replay's own application id
 * @param total news.raw records between the start and end offsets of the range
 * @param reEnriched articles enriched again by this run
 * @param skipped records between the offsets but stamped outside the range (or tombstones)
 * @param deadLettered articles whose enrichment failed, sent to news.dlq (unreadable records, also
 *     dead-lettered, are not counted here)
 * @param priorAlerts alerts found in news.alerts at start, not sent again unless asked
 * @param resumed true when this run continued an interrupted one
 * @param complete false when it was stopped before the end of its range
 * @param elapsed wall time of this run, start-up included
 */
public record ReplaySummary(String applicationId, long total, long reEnriched, long skipped, long deadLettered,
                            int priorAlerts, boolean resumed, boolean complete, Duration elapsed) {
    public double articlesPerSecond() {
        return reEnriched / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
