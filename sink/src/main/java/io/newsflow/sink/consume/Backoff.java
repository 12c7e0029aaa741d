package io.newsflow.sink.consume;

import java.time.Duration;

/**
 * Exponential backoff between attempts to reach a database that is down: quick for a blip, then
 * settling at {@code max} so a long outage costs one attempt every few seconds.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, not " + initial + " and " + max + ".");
        }
    }

    /** Delay before attempt {@code failures + 1}, doubling from {@code initial} up to {@code max}. */
    public Duration delay(int failures) {
        int shift = Math.min(Math.max(failures, 0), 20);
        long millis = initial.toMillis() << shift;
        return millis >= max.toMillis() || millis <= 0 ? max : Duration.ofMillis(millis);
    }
}
