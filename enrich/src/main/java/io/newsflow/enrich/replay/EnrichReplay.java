package io.newsflow.enrich.replay;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.alert.AlertBranch;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.serialization.Serde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one bounded replay of the enrich topology (see the package comment) on the calling thread and
 * returns its summary. How the end is found: first every news.raw partition's committed offset reaches
 * the end offset captured at start; then, round by round, the replay's internal topics and news.enriched
 * are drained up to their ends, until a round finds no new record in the internal topics (every stage
 * downstream of news.raw has seen what the stage before it wrote). {@link #stop()} ends a run early;
 * the next run of the same range and version resumes.
 */
public final class EnrichReplay {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** A committed offset one short of the end, unchanged this long, is a transaction marker, not a record. */
    private static final Duration MARKER_IDLE = Duration.ofSeconds(3);
    private static final Duration ALERTS_READ_TIMEOUT = Duration.ofSeconds(120);

    private final EnrichConfig live;
    private final AlertConfig alerts;
    private final EnrichSerdes serdes;
    private final Serde<AlertRule> ruleSerde;
    private final Serde<Alert> alertSerde;
    private final ArticleEnricher enricher;
    private final Clock clock;
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    /**
     * @param live the live application's configuration (cluster, topics, threads, state directory, dedup)
     * @param alerts alert settings; {@code realert} sends the alerts of the range again
     * @param enricher the live enricher (NlpArticleEnricher in production)
     */
    public EnrichReplay(EnrichConfig live, AlertConfig alerts, EnrichSerdes serdes, Serde<AlertRule> ruleSerde,
                        Serde<Alert> alertSerde, ArticleEnricher enricher, Clock clock) {
        this.live = live;
        this.alerts = alerts;
        this.serdes = serdes;
        this.ruleSerde = ruleSerde;
        this.alertSerde = alertSerde;
        this.enricher = enricher;
        this.clock = clock;
    }

    /** The application id a replay of {@code range} at {@code version} runs under. */
    public String applicationId(ReplayRange range, int version) {
        return range.applicationId(live.applicationId(), version, live.cluster().topics().raw());
    }

    /**
     * Re-enriches {@code range} at {@code version} and returns when the range is done or {@link #stop()} was called.
     *
     * @throws IllegalStateException when the application does not start or news.alerts cannot be read
     */
    public ReplaySummary run(ReplayRange range, int version, ReplayProgress progress) throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        Topics topics = live.cluster().topics();
        String appId = applicationId(range, version);
        EnrichConfig config = live.forReplay(appId, version, range.grace(clock.instant()));
        try (Admin admin = Admin.create(config.cluster().clientProperties())) {
            Map<TopicPartition, Long> rawEnd = offsets(admin, topics.raw(), OffsetSpec.latest());
            Map<TopicPartition, Long> rawStart = new HashMap<>();
            offsets(admin, topics.raw(), OffsetSpec.forTimestamp(range.from().toEpochMilli())).forEach((p, offset) ->
                    rawStart.put(p, offset < 0 ? rawEnd.get(p) : Math.min(offset, rawEnd.get(p))));
            long total = 0;
            for (TopicPartition p : rawEnd.keySet()) {
                total += rawEnd.get(p) - rawStart.get(p);
            }

            boolean resumed = committed(admin, appId).keySet().stream().anyMatch(p -> p.topic().equals(topics.raw()));
            if (!resumed) {
                Map<TopicPartition, OffsetAndMetadata> initial = new HashMap<>();
                rawStart.forEach((p, offset) -> initial.put(p, new OffsetAndMetadata(offset)));
                // The branches read news.enriched back: from its current end, they see this replay's output only.
                offsets(admin, topics.enriched(), OffsetSpec.latest()).forEach((p, offset) -> initial.put(p, new OffsetAndMetadata(offset)));
                admin.alterConsumerGroupOffsets(appId, initial).all().get();
            }
            LOG.info("Replay {}: {} records of {} from {} to {}, version {}{}", appId, total, topics.raw(), range.from(),
                    range.to() == null ? "the current end" : range.to(), version, resumed ? ", resuming an interrupted run" : "");

            AlertsTopicIndex prior = AlertsTopicIndex.load(config.cluster().clientProperties(), topics.alerts(),
                    alertSerde.deserializer(), ALERTS_READ_TIMEOUT);
            ReplayCounters counters = new ReplayCounters();
            boolean complete;
            try (AlertBranch alertBranch = new AlertBranch(alerts, ruleSerde, alertSerde, clock, prior)) {
                List<EnrichedBranch> branches = List.of(
                        new EntityTrendsBranch(topics.entityTrends(), serdes.entityTrend(), config.trendGrace()),
                        alertBranch);
                EnrichTopology topology = EnrichTopology.from(config, serdes, new CountingEnricher(enricher, counters), branches)
                        .replaying(appId, new RangeAdmit(range, appId, counters));
                try (EnrichService service = EnrichService.start(config, topology.build())) {
                    complete = awaitEnd(admin, appId, rawStart, rawEnd, total, progress);
                }
            }
            if (complete) {
                forget(admin, appId, config.stateDir());
            }
            return new ReplaySummary(appId, total, counters.enriched.get(), counters.skipped.get(), counters.failed.get(),
                    prior.size(), resumed, complete, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Ends a running replay early, keeping its committed offsets so the next run resumes; safe from any thread. */
    public void stop() {
        stopRequested.countDown();
    }

    private boolean awaitEnd(Admin admin, String appId, Map<TopicPartition, Long> rawStart, Map<TopicPartition, Long> rawEnd,
                             long total, ReplayProgress progress) throws InterruptedException, ExecutionException {
        Drain raw = new Drain(rawEnd);
        while (true) {
            if (stopRequested.await(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            Map<TopicPartition, Long> committed = committed(admin, appId);
            long done = 0;
            for (TopicPartition p : rawEnd.keySet()) {
                long at = committed.getOrDefault(p, rawStart.get(p));
                done += Math.max(0, Math.min(at, rawEnd.get(p)) - rawStart.get(p));
            }
            progress.update(done, total);
            if (raw.reached(committed)) {
                break;
            }
        }
        String enrichedTopic = live.cluster().topics().enriched();
        Map<TopicPartition, Long> previousInternal = null;
        while (true) {
            Map<TopicPartition, Long> ends = new HashMap<>(offsets(admin, enrichedTopic, OffsetSpec.latest()));
            Map<TopicPartition, Long> internal = new HashMap<>();
            for (String topic : internalTopics(admin, appId)) {
                internal.putAll(offsets(admin, topic, OffsetSpec.latest()));
            }
            ends.putAll(internal);
            Drain round = new Drain(ends);
            while (true) {
                if (stopRequested.await(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    return false;
                }
                if (round.reached(committed(admin, appId))) {
                    break;
                }
            }
            if (internal.equals(previousInternal)) {
                return true;
            }
            previousInternal = internal;
        }
    }

    /** Whether the committed offsets have reached given end offsets. */
    private static final class Drain {
        private final Map<TopicPartition, Long> ends;
        private Map<TopicPartition, Long> last = Map.of();
        private long lastChange = System.nanoTime();

        Drain(Map<TopicPartition, Long> ends) {
            this.ends = ends;
        }

        boolean reached(Map<TopicPartition, Long> committed) {
            if (!committed.equals(last)) {
                last = committed;
                lastChange = System.nanoTime();
            }
            boolean idle = System.nanoTime() - lastChange > MARKER_IDLE.toNanos();
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                long at = committed.getOrDefault(end.getKey(), 0L);
                if (at < end.getValue() && !(idle && at > 0 && at == end.getValue() - 1)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A finished replay leaves nothing behind, so replaying the same range again starts from scratch. */
    private static void forget(Admin admin, String appId, Path stateDir) throws InterruptedException, ExecutionException {
        for (int attempt = 1; ; attempt++) {
            try {
                admin.deleteConsumerGroups(List.of(appId)).all().get();
                break;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupNotEmptyException) || attempt == 20) {
                    throw e;
                }
                Thread.sleep(500); // the members are still leaving
            }
        }
        List<String> internal = admin.listTopics().names().get().stream().filter(t -> t.startsWith(appId + "-")).toList();
        if (!internal.isEmpty()) {
            admin.deleteTopics(internal).all().get();
        }
        Path dir = stateDir.resolve(appId);
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the local state " + dir + " of the finished replay", e);
            }
        }
    }

    private static List<String> internalTopics(Admin admin, String appId) throws InterruptedException, ExecutionException {
        return admin.listTopics().names().get().stream()
                .filter(t -> t.startsWith(appId + "-") && t.endsWith("-repartition")).sorted().toList();
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String appId) throws InterruptedException, ExecutionException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get()
                .forEach((p, offset) -> {
                    if (offset != null) {
                        committed.put(p, offset.offset());
                    }
                });
        return committed;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) throws InterruptedException, ExecutionException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
