package io.newsflow.enrich.dedup;

import java.time.Duration;

/**
 * How dedup judges a pair of articles.
 *
 * @param window near-duplicates must be published at most this far apart
 * @param retention how long an article is remembered (exact matches and replay decisions)
 * @param maxDistance largest SimHash Hamming distance that still means "the same story"
 */
public record DedupPolicy(Duration window, Duration retention, int maxDistance) {
    public DedupPolicy {
        if (maxDistance < 0 || maxDistance > 16) {
            throw new IllegalArgumentException("maxDistance must be between 0 and 16, not " + maxDistance);
        }
        if (retention.compareTo(window) < 0) {
            retention = window;
        }
    }

    public static DedupPolicy defaults() {
        return new DedupPolicy(Duration.ofDays(3), Duration.ofDays(30), 5);
    }
}
