package io.newsflow.dashboard.query;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The spans the trending panel offers, and which stored windows add up to each without counting an
 * article twice: the last hour from the tumbling one-minute windows, the last day from the hourly
 * windows that start on the hour (the one-hour windows hop by five minutes, so only every twelfth is
 * disjoint from its neighbours).
 */
public enum TrendWindow {
    HOUR("1h", Duration.ofHours(1), "1m", ""),
    DAY("1d", Duration.ofDays(1), "1h", " AND t.window_start % 3600000 = 0");

    private final String label;
    private final Duration span;
    private final String windowKind;
    private final String alignment;

    TrendWindow(String label, Duration span, String windowKind, String alignment) {
        this.label = label;
        this.span = span;
        this.windowKind = windowKind;
        this.alignment = alignment;
    }

    public static TrendWindow of(String label) {
        return Arrays.stream(values()).filter(w -> w.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("window must be one of "
                        + Arrays.stream(values()).map(w -> w.label).collect(Collectors.joining(", "))
                        + ", but it is '" + label + "'."));
    }

    public String label() {
        return label;
    }

    Duration span() {
        return span;
    }

    String windowKind() {
        return windowKind;
    }

    String alignment() {
        return alignment;
    }
}
