package io.newsflow.ingest.schedule;

import io.newsflow.ingest.feed.PollOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides how long until a feed's next poll. A feed that publishes every 10 minutes is polled about
 * every 5 (half its publishing gap, the median of its newest items), a feed silent for days drifts to
 * the maximum, always within [min, max]. After a failure the wait doubles per consecutive failure
 * from the minimum, with +-25% jitter so feeds that failed together do not retry together; a
 * Retry-After from the server is a floor. Every interval gets +-10% jitter to spread the load.
 */
public final class IntervalPolicy {
    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;

    public IntervalPolicy(Duration min, Duration max, RandomGenerator random) {
        this.min = min;
        this.max = max;
        this.random = random;
    }

    /** The interval after {@code outcome}, given the feed's current one. */
    public Duration next(PollOutcome outcome, Duration current) {
        if (outcome.failed()) {
            int failures = Math.max(1, outcome.state().getConsecutiveFailures());
            double factor = Math.pow(2, Math.min(failures - 1, 20));
            Duration backoff = clamp(Duration.ofMillis((long) (min.toMillis() * factor * (0.75 + random.nextDouble() * 0.5))));
            if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(backoff) > 0) {
                return outcome.retryAfter();
            }
            return backoff;
        }
        Duration base;
        Duration gap = medianGap(outcome.itemDates());
        if (gap != null) {
            base = clamp(gap.dividedBy(2));
        } else if (outcome.newItems() > 0) {
            base = clamp(current.dividedBy(2));
        } else if (outcome.notModified() || outcome.newItems() == 0) {
            base = clamp(Duration.ofMillis((long) (current.toMillis() * 1.5)));
        } else {
            base = clamp(current);
        }
        return clamp(Duration.ofMillis((long) (base.toMillis() * (0.9 + random.nextDouble() * 0.2))));
    }

    /** Median gap between the newest (up to 10) distinct publication times; null with fewer than 2. */
    static Duration medianGap(List<Instant> dates) {
        List<Instant> sorted = new ArrayList<>(dates.stream().distinct().sorted((a, b) -> b.compareTo(a)).toList());
        if (sorted.size() < 2) {
            return null;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < Math.min(sorted.size(), 10); i++) {
            gaps.add(Duration.between(sorted.get(i + 1), sorted.get(i)).toMillis());
        }
        gaps.sort(null);
        return Duration.ofMillis(gaps.get(gaps.size() / 2));
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(min) < 0) {
            return min;
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    public Duration min() {
        return min;
    }
}
