package io.newsflow.enrich.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The stretch of news.raw a replay re-enriches: records stamped (record timestamp = publication time) in
 * {@code [from, to)}. Timestamps in news.raw are not ordered (archives loaded today carry last year's
 * dates), so the range is a filter on every record between the start and end offsets, not a pair of
 * offsets.
 *
 * @param from first instant included
 * @param to first instant excluded; null for no upper bound (up to the end offsets seen at start)
 */
public record ReplayRange(Instant from, Instant to) {
    private static final Duration MINIMUM_GRACE = Duration.ofDays(1);

    public ReplayRange {
        if (from == null) {
            throw new IllegalArgumentException("A replay needs a start instant (--from).");
        }
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("The end of a replay (" + to + ") must be after its start (" + from + ").");
        }
    }

    public boolean contains(long timestampMillis) {
        return timestampMillis >= from.toEpochMilli() && (to == null || timestampMillis < to.toEpochMilli());
    }

    /**
     * The application id of a replay of this range at this version: the same for the same request, so an
     * interrupted replay resumes, and different for another range or version, so two replays never share
     * state.
     */
    public String applicationId(String liveApplicationId, int version, String rawTopic) {
        String range = rawTopic + '|' + from.toEpochMilli() + '|' + (to == null ? "open" : Long.toString(to.toEpochMilli()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(range.getBytes(StandardCharsets.UTF_8));
            return liveApplicationId + "-replay-v" + version + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The trend grace of the replay: the whole range (at least a day), so no article of the range is ever
     * late, whatever order the log holds them in. The replay's stream time starts empty, so windows of the
     * past are open when their articles arrive.
     */
    public Duration grace(Instant now) {
        Instant end = to != null ? to : now;
        Duration span = Duration.between(from, end.isAfter(from) ? end : from);
        return span.compareTo(MINIMUM_GRACE) < 0 ? MINIMUM_GRACE : span;
    }
}
