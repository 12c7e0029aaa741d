package io.newsflow.schemas.topic;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The topic catalogue of newsflow (architecture.md), named under a configurable prefix.
 *
 * <p>Retention follows what each topic is for: news.raw is the source of every replay and is kept
 * long (default 365 days); compacted topics keep the latest value per key forever; derived topics
 * can be rebuilt from news.raw and are kept for a shorter time.
 */
public final class Topics {
    public static final String DEFAULT_PREFIX = "news.";
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]*");
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private final String prefix;
    private final int partitions;
    private final Duration rawRetention;

    /**
     * @param prefix topic name prefix, e.g. {@code news.}
     * @param partitions partitions of the data topics (not of the compacted state topics)
     * @param rawRetention how long news.raw keeps records (the replay horizon); zero or negative = forever
     */
    public Topics(String prefix, int partitions, Duration rawRetention) {
        if (!LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Topic prefix '" + prefix + "' may only contain letters, digits, '.', '_' and '-'.");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic partitions must be at least 1, not " + partitions + ".");
        }
        this.prefix = prefix;
        this.partitions = partitions;
        this.rawRetention = rawRetention;
    }

    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX, 3, Duration.ofDays(365));
    }

    public String prefix() {
        return prefix;
    }

    public String raw() {
        return prefix + "raw";
    }

    public String enriched() {
        return prefix + "enriched";
    }

    public String alertRules() {
        return prefix + "alert-rules";
    }

    public String alerts() {
        return prefix + "alerts";
    }

    public String entityTrends() {
        return prefix + "entity-trends";
    }

    public String deadLetters() {
        return prefix + "dlq";
    }

    public String feedState() {
        return prefix + "feed-state";
    }

    /** Every topic with how to create it. */
    public List<TopicSpec> all() {
        String rawRetentionMs = rawRetention.isZero() || rawRetention.isNegative() ? "-1" : Long.toString(rawRetention.toMillis());
        Map<String, String> compacted = Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0");
        return List.of(
                new TopicSpec(raw(), partitions,
                        Map.of("cleanup.policy", "delete", "retention.ms", rawRetentionMs, "message.timestamp.type", "CreateTime"),
                        "raw articles as ingested; the source of every replay"),
                new TopicSpec(enriched(), partitions,
                        Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(30 * DAY_MS)),
                        "enriched articles; rebuildable from raw"),
                new TopicSpec(alertRules(), 1, compacted, "alert rules; a tombstone deletes a rule"),
                new TopicSpec(alerts(), partitions,
                        Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(90 * DAY_MS)),
                        "alerts, keyed by rule id"),
                new TopicSpec(entityTrends(), partitions,
                        Map.of("cleanup.policy", "compact,delete", "retention.ms", Long.toString(30 * DAY_MS)),
                        "windowed entity mention counts"),
                new TopicSpec(deadLetters(), 1,
                        Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(30 * DAY_MS)),
                        "records that failed a stage, with the reason in headers"),
                new TopicSpec(feedState(), partitions, compacted, "per-feed validators, schedule and health"));
    }
}
