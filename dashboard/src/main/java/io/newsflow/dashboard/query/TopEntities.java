package io.newsflow.dashboard.query;

import java.util.List;

/**
 * The most mentioned entities of a window. {@code from}/{@code to} (ISO-8601, null when the store has no
 * trends yet) say which span was summed: it ends at the newest trend data, never later than now, so a
 * replay of old articles still shows its own last hour.
 */
public record TopEntities(String window, String from, String to, List<TopEntity> entities) {
}
