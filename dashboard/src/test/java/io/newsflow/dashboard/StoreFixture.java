package io.newsflow.dashboard;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityTrend;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.StoreWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fills a store through the sink's own {@link StoreWriter}, so the dashboard reads exactly the rows the
 * sink writes. Trends are derived from the articles as enrich emits them: one-minute tumbling windows and
 * one-hour windows hopping by five minutes; copies of a story are not counted.
 */
final class StoreFixture {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    private final StoreWriter writer;

    StoreFixture(Database database) {
        this.writer = new StoreWriter(database);
    }

    void write(List<EnrichedArticle> articles, List<Alert> alerts, boolean withTrends) {
        try {
            writer.write(new StoreBatch(articles, alerts, withTrends ? trendsOf(articles) : List.of()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void articles(List<EnrichedArticle> articles) {
        write(articles, List.of(), false);
    }

    static List<EntityTrend> trendsOf(List<EnrichedArticle> articles) {
        Map<String, EntityTrend.Builder> windows = new TreeMap<>();
        for (EnrichedArticle a : articles) {
            if (a.getDuplicateOf() != null) {
                continue;
            }
            long t = a.getPublishedAt().toEpochMilli();
            for (Entity e : a.getEntities()) {
                long minute = Math.floorDiv(t, MINUTE) * MINUTE;
                add(windows, e, "1m", minute, minute + MINUTE);
                long hop = 5 * MINUTE;
                for (long start = Math.floorDiv(t, hop) * hop; start > t - HOUR; start -= hop) {
                    add(windows, e, "1h", start, start + HOUR);
                }
            }
        }
        List<EntityTrend> trends = new ArrayList<>();
        windows.values().forEach(b -> trends.add(b.build()));
        return trends;
    }

    private static void add(Map<String, EntityTrend.Builder> windows, Entity e, String kind, long start, long end) {
        EntityTrend.Builder window = windows.computeIfAbsent(e.getId() + "|" + kind + "|" + start,
                k -> EntityTrend.newBuilder().setEntityId(e.getId()).setName(e.getName()).setType(e.getType())
                        .setWindow(kind).setWindowStart(Instant.ofEpochMilli(start)).setWindowEnd(Instant.ofEpochMilli(end))
                        .setArticles(0).setMentions(0).setToneSum(0));
        window.setArticles(window.getArticles() + 1);
        window.setMentions(window.getMentions() + e.getMentions());
        window.setToneSum(window.getToneSum() + (e.getTone() == null ? 0 : e.getTone()));
    }
}
