package io.newsflow.sink.replay;

import java.time.Instant;

/**
 * What {@code newsflow replay sink} rebuilds.
 *
 * @param from records stamped at or after this instant (publication time) are stored again
 * @param to records stamped at or after this instant are skipped; null for everything up to the end
 *     offsets seen when the replay starts
 * @param groupId consumer group of this replay; null derives one from the range, so an interrupted
 *     replay of the same range resumes where it stopped
 * @param alertsAndTrends also replay news.alerts and news.entity-trends, not only news.enriched
 */
public record ReplayRequest(Instant from, Instant to, String groupId, boolean alertsAndTrends) {
    public ReplayRequest {
        if (from == null) {
            throw new IllegalArgumentException("A replay needs a start instant (--from).");
        }
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("The end of a replay (" + to + ") must be after its start (" + from + ").");
        }
    }

    String groupIdOr(String base) {
        return groupId != null ? groupId
                : base + "-replay-" + from.toEpochMilli() + "-" + (to == null ? "end" : Long.toString(to.toEpochMilli()));
    }
}
