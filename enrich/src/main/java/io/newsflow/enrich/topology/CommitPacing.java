package io.newsflow.enrich.topology;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import java.time.Duration;

/**
 * The bounds of the enrich application's commit interval (see {@link CommitPacer}): {@code enrich.commit.interval.min}
 * while the pipeline keeps up (default 50 ms) and {@code enrich.commit.interval.max} under the longest backlog
 * (default 1 s). A user who sets Streams' own {@code kafka.commit.interval.ms} gets that interval, fixed.
 */
public record CommitPacing(Duration min, Duration max) {
    public static final Duration DEFAULT_MIN = Duration.ofMillis(50);
    public static final Duration DEFAULT_MAX = Duration.ofSeconds(1);
    private static final String STREAMS_COMMIT_INTERVAL = "commit.interval.ms";

    public CommitPacing {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("The commit interval bounds must satisfy 0 < min <= max, not " + min + " and " + max);
        }
    }

    public static CommitPacing fixed(Duration interval) {
        return new CommitPacing(interval, interval);
    }

    public static CommitPacing from(Settings settings, ClusterConfig cluster) {
        Object streamsInterval = cluster.clientProperties().get(STREAMS_COMMIT_INTERVAL);
        if (streamsInterval != null) {
            return fixed(Duration.ofMillis(Long.parseLong(streamsInterval.toString().trim())));
        }
        Duration min = settings.duration("enrich.commit.interval.min", DEFAULT_MIN);
        if (min.isZero() || min.isNegative()) {
            throw settings.wrong("enrich.commit.interval.min", "must be longer than zero");
        }
        Duration max = settings.duration("enrich.commit.interval.max", DEFAULT_MAX);
        if (max.compareTo(min) < 0) {
            throw settings.wrong("enrich.commit.interval.max", "must not be shorter than enrich.commit.interval.min (" + min.toMillis() + " ms)");
        }
        return new CommitPacing(min, max);
    }

    public boolean paced() {
        return max.compareTo(min) > 0;
    }

    /** A pacer for one running application (it holds that application's current interval). */
    public CommitPacer newPacer() {
        return new CommitPacer(min, max);
    }
}
