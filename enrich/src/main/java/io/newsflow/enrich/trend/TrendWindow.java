package io.newsflow.enrich.trend;

import java.time.Duration;
import org.apache.kafka.streams.kstream.TimeWindows;

/**
 * The two window kinds of entity trends, with their store names and the key format of
 * news.entity-trends ({@code entityId@kind@windowStartMillis}).
 */
public enum TrendWindow {
    /** 1-minute tumbling windows: the last hour at a fine grain. */
    MINUTE("1m", "trends-1m", Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofHours(2)),
    /** 1-hour windows hopping by 5 minutes: a smooth hourly rate, kept for the last day. */
    HOUR("1h", "trends-1h", Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofHours(26));

    private final String kind;
    private final String storeName;
    private final Duration size;
    private final Duration advance;
    private final Duration queryableFor;

    TrendWindow(String kind, String storeName, Duration size, Duration advance, Duration queryableFor) {
        this.kind = kind;
        this.storeName = storeName;
        this.size = size;
        this.advance = advance;
        this.queryableFor = queryableFor;
    }

    public String kind() {
        return kind;
    }

    public String storeName() {
        return storeName;
    }

    public Duration size() {
        return size;
    }

    TimeWindows windows(Duration grace) {
        return TimeWindows.ofSizeAndGrace(size, grace).advanceBy(advance);
    }

    /** How long the store keeps windows: what the queries need, and never less than size + grace. */
    Duration retention(Duration grace) {
        Duration minimum = size.plus(grace);
        return queryableFor.compareTo(minimum) > 0 ? queryableFor : minimum;
    }

    public String key(String entityId, long windowStart) {
        return entityId + "@" + kind + "@" + windowStart;
    }
}
