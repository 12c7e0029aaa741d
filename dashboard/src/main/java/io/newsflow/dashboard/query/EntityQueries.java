package io.newsflow.dashboard.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** Entities across articles: the trending ones, one entity's tone over time, and lookup by name. */
public final class EntityQueries {
    /** Most buckets one tone series may have: beyond this the chart is unreadable and the query costly. */
    public static final int MAX_BUCKETS = 2000;
    private static final Duration DEFAULT_TONE_SPAN = Duration.ofDays(7);
    private static final List<Duration> BUCKET_STEPS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1),
            Duration.ofDays(7));
    private static final int TARGET_BUCKETS = 84;

    private final Jdbc jdbc;
    private final Clock clock;

    public EntityQueries(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    /** The entities with the most articles in the latest {@code window} of trend data. */
    public TopEntities top(TrendWindow window, int limit) {
        List<Long> latest = jdbc.query("SELECT MAX(window_end) AS latest FROM trends WHERE window_kind = ?",
                List.of(window.windowKind()), r -> Jdbc.nullableLong(r, "latest"));
        Long newest = latest.isEmpty() ? null : latest.get(0);
        if (newest == null) {
            return new TopEntities(window.label(), null, null, List.of());
        }
        long to = Math.min(newest, clock.millis());
        long from = to - window.span().toMillis();
        List<TopEntity> entities = jdbc.query(
                "SELECT t.entity_id, MAX(t.name) AS name, MAX(t.type) AS type, SUM(t.articles) AS articles, "
                        + "SUM(t.mentions) AS mentions, SUM(t.tone_sum) AS tone_sum FROM trends t "
                        + "WHERE t.window_kind = ? AND t.window_start >= ? AND t.window_start < ?" + window.alignment()
                        + " GROUP BY t.entity_id ORDER BY SUM(t.articles) DESC, SUM(t.mentions) DESC, t.entity_id LIMIT ?",
                List.of(window.windowKind(), from, to, limit),
                r -> {
                    long articles = r.getLong("articles");
                    Double toneSum = Jdbc.nullableDouble(r, "tone_sum");
                    return new TopEntity(r.getString("entity_id"), r.getString("name"), r.getString("type"), articles,
                            r.getLong("mentions"), articles > 0 && toneSum != null ? toneSum / articles : null);
                });
        return new TopEntities(window.label(), Jdbc.iso(from), Jdbc.iso(to), entities);
    }

    public Optional<EntityRef> byId(String id) {
        return jdbc.query("SELECT id, name, type FROM entities WHERE id = ?", List.of(id),
                r -> new EntityRef(r.getString("id"), r.getString("name"), r.getString("type"))).stream().findFirst();
    }

    /** Entities whose name contains {@code text} (case-insensitive), names that start with it first. */
    public List<EntityRef> find(String text, int limit) {
        String needle = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.query("SELECT id, name, type FROM entities WHERE lower(name) LIKE ? ESCAPE '\\' "
                        + "ORDER BY CASE WHEN lower(name) LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, length(name), name LIMIT ?",
                List.of("%" + needle + "%", needle + "%", limit),
                r -> new EntityRef(r.getString("id"), r.getString("name"), r.getString("type")));
    }

    /**
     * The entity's mean tone per bucket between {@code from} and {@code to}, each story counted once
     * (copies of an article already stored are left out). Missing bounds default to
     * the week up to its latest mention (or now); a missing bucket is chosen to give a readable chart.
     */
    public Optional<ToneSeries> tone(String entityId, Instant from, Instant to, Duration bucket) {
        Optional<EntityRef> entity = byId(entityId);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        long end;
        if (to != null) {
            end = to.toEpochMilli();
        } else {
            Long latest = jdbc.query("SELECT MAX(published_at) AS latest FROM mentions WHERE entity_id = ?",
                    List.of(entityId), r -> Jdbc.nullableLong(r, "latest")).get(0);
            end = latest == null ? clock.millis() : Math.min(latest + 1, clock.millis());
            if (from != null && end <= from.toEpochMilli()) {
                end = clock.millis();
            }
        }
        long start = from != null ? from.toEpochMilli() : end - DEFAULT_TONE_SPAN.toMillis();
        if (start >= end) {
            throw new IllegalArgumentException("from must be before to.");
        }
        long step = (bucket != null ? bucket : readableBucket(end - start)).toMillis();
        if (step <= 0) {
            throw new IllegalArgumentException("bucket must be a positive duration.");
        }
        if ((end - start) / step > MAX_BUCKETS) {
            throw new IllegalArgumentException("bucket is too small for this range: at most " + MAX_BUCKETS
                    + " buckets, this would be " + ((end - start) / step) + ".");
        }
        List<TonePoint> points = new ArrayList<>(jdbc.query(
                "SELECT b.bucket_start, COUNT(*) AS articles, SUM(b.mentions) AS mentions, AVG(b.tone) AS tone "
                        + "FROM (SELECT (m.published_at / ?) * ? AS bucket_start, m.mentions, m.tone FROM mentions m "
                        + "JOIN articles a ON a.id = m.article_id AND a.duplicate_of IS NULL "
                        + "WHERE m.entity_id = ? AND m.published_at >= ? AND m.published_at < ?) b "
                        + "GROUP BY b.bucket_start ORDER BY b.bucket_start",
                List.of(step, step, entityId, start, end),
                r -> new TonePoint(Jdbc.iso(r.getLong("bucket_start")), r.getLong("articles"), r.getLong("mentions"),
                        Jdbc.nullableDouble(r, "tone"))));
        return Optional.of(new ToneSeries(entity.get(), Jdbc.iso(start), Jdbc.iso(end), Duration.ofMillis(step).toString(),
                points));
    }

    private static Duration readableBucket(long spanMillis) {
        for (Duration step : BUCKET_STEPS) {
            if (spanMillis / step.toMillis() <= TARGET_BUCKETS) {
                return step;
            }
        }
        return Duration.ofMillis(Math.max(1, spanMillis / TARGET_BUCKETS));
    }
}
