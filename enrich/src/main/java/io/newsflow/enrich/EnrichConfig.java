package io.newsflow.enrich;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.enrich.topology.CommitPacing;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the enrich stage reads from {@link Settings}, checked once at start so a wrong value
 * fails with a sentence naming its key instead of surfacing deep inside a stream thread.
 *
 * @param cluster brokers, registry and topic names
 * @param applicationId {@code enrich.application.id}: the Streams application (consumer group, state,
 *     internal topics); a replay uses its own
 * @param enrichmentVersion {@code enrich.version}: stamped on every enriched article; the store keeps the highest
 * @param streamThreads {@code enrich.threads}: stream threads of this instance; they share one enricher
 * @param stateDir {@code enrich.state.dir}: local state (RocksDB), default {@code <data.dir>/enrich-state}
 * @param maxBodyChars {@code enrich.max.body.chars}: longer bodies are analysed truncated and flagged
 * @param dedupWindow {@code enrich.dedup.window}: how far apart two near-duplicates may be published
 * @param dedupRetention {@code enrich.dedup.retention}: how long dedup remembers an article (replays
 *     inside it get the same {@code duplicateOf}); at least the window
 * @param dedupMaxDistance {@code enrich.dedup.max.distance}: SimHash Hamming distance still called a near-duplicate
 * @param trendGrace {@code enrich.trends.grace}: how long after a window ends (in stream time) an article still counts
 * @param httpHost {@code enrich.http.host}: the address the trends endpoint binds
 * @param httpAdvertisedHost {@code enrich.http.advertised.host}: how the other instances reach this one
 *     ({@code application.server}); default the bind host, or this machine's name when binding every address
 * @param httpPort {@code enrich.http.port} (default 8082, beside a registry on 8081): the trends
 *     endpoint's port; 0 picks a free one, -1 disables it
 * @param startTimeout {@code enrich.start.timeout}: how long start waits for the application to run
 * @param commitPacing {@code enrich.commit.interval.min} and {@code .max}: the commit interval follows the backlog
 *     between them (see {@link io.newsflow.enrich.topology.CommitPacer}); {@code kafka.commit.interval.ms} fixes it
 */
public record EnrichConfig(ClusterConfig cluster, String applicationId, int enrichmentVersion, int streamThreads,
                           Path stateDir, int maxBodyChars, Duration dedupWindow, Duration dedupRetention,
                           int dedupMaxDistance, Duration trendGrace, String httpHost, String httpAdvertisedHost, int httpPort,
                           Duration startTimeout, CommitPacing commitPacing) {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

    public EnrichConfig {
        if (dedupRetention.compareTo(dedupWindow) < 0) {
            dedupRetention = dedupWindow;
        }
    }

    public static EnrichConfig from(Settings settings) {
        ClusterConfig cluster = ClusterConfig.from(settings);
        String applicationId = settings.string("enrich.application.id", DEFAULT_APPLICATION_ID);
        if (!applicationId.matches("[a-zA-Z0-9._-]+")) {
            throw settings.wrong("enrich.application.id", "may only contain letters, digits, '.', '_' and '-'");
        }
        Path dataDir = Path.of(settings.string("data.dir", "data"));
        Path stateDir = Path.of(settings.string("enrich.state.dir", dataDir.resolve("enrich-state").toString()));
        Duration window = positive(settings, "enrich.dedup.window", Duration.ofDays(3));
        Duration retention = positive(settings, "enrich.dedup.retention", Duration.ofDays(30));
        Duration grace = settings.duration("enrich.trends.grace", Duration.ofHours(24));
        if (grace.isNegative()) {
            throw settings.wrong("enrich.trends.grace", "must not be negative");
        }
        String httpHost = settings.string("enrich.http.host", "127.0.0.1");
        return new EnrichConfig(cluster, applicationId,
                settings.intValue("enrich.version", 1, 1, Integer.MAX_VALUE),
                settings.intValue("enrich.threads", Runtime.getRuntime().availableProcessors(), 1, 256),
                stateDir,
                settings.intValue("enrich.max.body.chars", 100_000, 1_000, 10_000_000),
                window, retention,
                settings.intValue("enrich.dedup.max.distance", 5, 0, 16),
                grace,
                httpHost, settings.string("enrich.http.advertised.host", advertisedDefault(httpHost)),
                settings.intValue("enrich.http.port", 8082, -1, 65_535),
                positive(settings, "enrich.start.timeout", Duration.ofSeconds(120)),
                CommitPacing.from(settings, cluster));
    }

    private static String advertisedDefault(String bindHost) {
        if (!bindHost.equals("0.0.0.0") && !bindHost.equals("::")) {
            return bindHost;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    private static Duration positive(Settings settings, String key, Duration defaultValue) {
        Duration value = settings.duration(key, defaultValue);
        if (value.isZero() || value.isNegative()) {
            throw settings.wrong(key, "must be longer than zero");
        }
        return value;
    }

    /** True when this instance serves the trends endpoint (and so advertises {@code application.server}). */
    public boolean httpEnabled() {
        return httpPort >= 0;
    }

    /** A copy for a bounded replay: its own application id and version, and a grace wide enough for history. */
    public EnrichConfig forReplay(String replayApplicationId, int version, Duration replayGrace) {
        return new EnrichConfig(cluster, replayApplicationId, version, streamThreads,
                stateDir, maxBodyChars, dedupWindow, dedupRetention, dedupMaxDistance, replayGrace, httpHost, httpAdvertisedHost, -1,
                startTimeout, commitPacing);
    }
}
