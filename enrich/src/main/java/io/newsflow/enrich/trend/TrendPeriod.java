package io.newsflow.enrich.trend;

import java.time.Duration;
import java.util.Locale;

/**
 * A period the trends endpoint answers for, and which windows add up to it without counting an
 * article twice: the last hour from 1-minute tumbling windows, the last day from the hour-aligned
 * ones among the 1-hour hopping windows (those do not overlap).
 */
public enum TrendPeriod {
    HOUR(Duration.ofHours(1), TrendWindow.MINUTE),
    DAY(Duration.ofDays(1), TrendWindow.HOUR);

    private final Duration length;
    private final TrendWindow window;

    TrendPeriod(Duration length, TrendWindow window) {
        this.length = length;
        this.window = window;
    }

    public Duration length() {
        return length;
    }

    TrendWindow window() {
        return window;
    }

    /** True for a window that takes part in the sum (start aligned on the window size). */
    boolean counts(long windowStart) {
        return windowStart % window.size().toMillis() == 0;
    }

    public static TrendPeriod parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period must be 'hour' or 'day', not '" + text + "'");
        }
    }
}
