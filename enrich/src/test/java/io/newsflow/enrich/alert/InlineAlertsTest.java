package io.newsflow.enrich.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.dedup.DedupPolicy;
import io.newsflow.enrich.fixture.Articles;
import io.newsflow.enrich.fixture.KnownNamesEnricher;
import io.newsflow.enrich.fixture.TopologyFixture;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topic.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert branch where the enrich topology puts it: in line after dedup, in the dedup task, so an alert
 * is written in the same transaction as its article and sees the dedup decision itself.
 */
class InlineAlertsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final String REPLAY_ID = "enrich-replay-test";

    private final AvroTestSerde<AlertRule> ruleSerde = new AvroTestSerde<>(AlertRule.class);
    private final AvroTestSerde<Alert> alertSerde = new AvroTestSerde<>(Alert.class);

    @TempDir
    Path stateDir;
    private TopologyFixture fixture;
    private AlertBranch alerts;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
        if (alerts != null) {
            alerts.close();
        }
    }

    private EnrichTopology topology(PriorAlerts prior) {
        alerts = new AlertBranch(new AlertConfig(TopologyFixture.TOPICS, false, 3), ruleSerde, alertSerde, Clock.systemUTC(), prior);
        EnrichedBranch trends = new EntityTrendsBranch(TopologyFixture.TOPICS.entityTrends(),
                TopologyFixture.SERDES.entityTrend(), Duration.ofMinutes(10));
        return new EnrichTopology(TopologyFixture.TOPICS, TopologyFixture.SERDES, new KnownNamesEnricher(), 1, 100_000,
                DedupPolicy.defaults(), List.of(alerts, trends));
    }

    private TopologyFixture start(EnrichTopology topology) {
        fixture = new TopologyFixture(topology, stateDir);
        return fixture;
    }

    private void addRule(String name, String query) {
        AlertRule rule = RuleDefinition.of(name, query).toAlertRule(1, Instant.EPOCH);
        TestInputTopic<String, AlertRule> rules = fixture.driver.createInputTopic(TopologyFixture.TOPICS.alertRules(),
                Serdes.String().serializer(), ruleSerde.serializer());
        rules.pipeInput(rule.getId(), rule);
    }

    private TestOutputTopic<String, Alert> alertTopic() {
        return fixture.driver.createOutputTopic(TopologyFixture.TOPICS.alerts(), Serdes.String().deserializer(), alertSerde.deserializer());
    }

    @Test
    void alertsRunInTheDedupTaskWithoutReadingNewsEnrichedBackOrRepartitioning() {
        TopologyDescription description = topology(PriorAlerts.NONE).build().describe();
        TopologyDescription.Subtopology dedupTask = description.subtopologies().stream()
                .filter(s -> s.nodes().stream().anyMatch(n -> n.name().equals(EnrichTopology.DEDUP)))
                .findFirst().orElseThrow();
        assertThat(dedupTask.nodes()).extracting(TopologyDescription.Node::name)
                .contains(EnrichTopology.SINK, AlertBranch.MATCH, AlertBranch.ONCE, "alerts-sink");
        assertThat(description.toString()).doesNotContain("alert-candidates");
        // Trends still read news.enriched back, in their own sub-topology.
        TopologyDescription.Subtopology readBack = description.subtopologies().stream()
                .filter(s -> s.nodes().stream().anyMatch(n -> n.name().equals(EnrichTopology.BRANCH_SOURCE)))
                .findFirst().orElseThrow();
        assertThat(readBack.nodes()).extracting(TopologyDescription.Node::name)
                .contains(EntityTrendsBranch.FILTER).doesNotContain(AlertBranch.MATCH);
    }

    @Test
    void syndicatedCopyFoundByDedupIsCountedOnTheFirstAlertOnce() {
        start(topology(PriorAlerts.NONE));
        addRule("Port strike", "dockworkers AND strike");
        var raw = fixture.raw();
        raw.pipeInput("wire", Articles.raw("wire", Articles.PORT_STRIKE, T0));
        raw.pipeInput("flood", Articles.raw("flood", Articles.FLOOD, T0.plusSeconds(60)));
        raw.pipeInput("copy", Articles.raw("copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(600)));
        raw.pipeInput("copy", Articles.raw("copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(600)));
        raw.pipeInput("wire", Articles.raw("wire", Articles.PORT_STRIKE, T0));

        List<Alert> out = alertTopic().readValuesToList();
        assertThat(out).extracting(Alert::getArticleId).containsExactly("wire", "wire");
        assertThat(out).extracting(Alert::getCountUpdate).containsExactly(false, true);
        assertThat(out.get(1).getDuplicateCount()).isEqualTo(1);
        assertThat(fixture.enriched().readKeyValuesToList()).extracting(kv -> kv.key)
                .containsExactly("wire", "flood", "copy", "copy", "wire");
    }

    @Test
    void liveApplicationDoesNotAlertOnAReplaysRecordsInNewsEnriched() {
        start(topology(PriorAlerts.NONE));
        addRule("Port strike", "dockworkers");
        var replayed = Articles.raw("wire", Articles.PORT_STRIKE, T0);
        var enrichedIn = fixture.driver.createInputTopic(TopologyFixture.TOPICS.enriched(), Serdes.String().serializer(),
                TopologyFixture.SERDES.enrichedArticle().serializer());
        var enrichedArticle = new KnownNamesEnricher().enrich(replayed, 1);
        RecordHeaders headers = new RecordHeaders();
        headers.add(EnrichTopology.REPLAY_HEADER, REPLAY_ID.getBytes(StandardCharsets.UTF_8));
        enrichedIn.pipeInput(new TestRecord<>("wire", enrichedArticle, headers, T0));
        enrichedIn.pipeInput(new TestRecord<>("wire", enrichedArticle, new RecordHeaders(), T0));
        assertThat(alertTopic().isEmpty()).isTrue();
    }

    @Test
    void replayAlertsOnlyOnItsOwnRange() {
        start(topology(PriorAlerts.NONE).replaying(REPLAY_ID, new AdmitIdsStartingWith("r-")));
        addRule("Port strike", "dockworkers");
        var raw = fixture.raw();
        raw.pipeInput("old", Articles.raw("old", Articles.PORT_STRIKE, T0));
        raw.pipeInput("outside", Articles.raw("outside", Articles.PORT_STRIKE, T0.plusSeconds(5)));
        raw.pipeInput("r-new", Articles.raw("r-new", Articles.FLOOD, T0.plusSeconds(10)));
        raw.pipeInput("r-strike", Articles.raw("r-strike", "Dockworkers vote", "Dockworkers in Antwerp vote on a strike.",
                T0.plus(Duration.ofDays(3))));

        // "old" and "outside" are outside the admitted range; of the range, only r-strike matches.
        assertThat(alertTopic().readValuesToList()).extracting(Alert::getArticleId).containsExactly("r-strike");
    }

    @Test
    void replayOfAnArticleAnEarlierRunAlertedOnDoesNotAlertAgain() {
        Alert sentBefore = Alert.newBuilder().setAlertId(AlertIds.of("port-strike", 1, "r-wire")).setRuleId("port-strike")
                .setRuleName("Port strike").setRuleVersion(1).setArticleId("r-wire").setTitle("t").setUrl("u").setSource("s")
                .setPublishedAt(T0).setAlertedAt(T0).setTone(0.0).setEntities(List.of()).setSnippets(List.of())
                .setDuplicateCount(2).setEnrichmentVersion(1).setCountUpdate(false).build();
        start(topology(alertId -> alertId.equals(sentBefore.getAlertId()) ? sentBefore : null)
                .replaying(REPLAY_ID, new AdmitIdsStartingWith("r-")));
        addRule("Port strike", "dockworkers");
        fixture.raw().pipeInput("r-wire", Articles.raw("r-wire", Articles.PORT_STRIKE, T0));
        fixture.raw().pipeInput("r-copy", Articles.raw("r-copy", Articles.PORT_STRIKE_COPY, T0.plusSeconds(600)));
        assertThat(alertTopic().isEmpty()).isTrue();
        assertThat(fixture.enriched().readRecordsToList()).hasSize(2)
                .allMatch(r -> r.headers().lastHeader(EnrichTopology.REPLAY_HEADER) != null);
    }

    @Test
    void alertStepThatFailsSendsTheArticleToDeadLettersAfterPublishingItAndAlertsOnTheNext() {
        PriorAlerts failing = alertId -> {
            if (alertId.equals(AlertIds.of("port-strike", 1, "r-bad"))) {
                throw new IllegalStateException("news.alerts unreadable");
            }
            return null;
        };
        start(topology(failing).replaying(REPLAY_ID, new AdmitIdsStartingWith("r-")));
        addRule("Port strike", "dockworkers");
        fixture.raw().pipeInput("r-bad", Articles.raw("r-bad", Articles.PORT_STRIKE, T0));
        fixture.raw().pipeInput("r-good", Articles.raw("r-good", "Dockworkers vote", "Dockworkers in Antwerp vote.", T0.plus(Duration.ofDays(3))));

        assertThat(alertTopic().readValuesToList()).extracting(Alert::getArticleId).containsExactly("r-good");
        assertThat(fixture.enriched().readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("r-bad", "r-good");
        var dead = fixture.deadLetters().readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader(DeadLetterHeaders.STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo(AlertBranch.ONCE);
        // The article itself is in news.enriched (its sink ran first, and freed the source bytes): the dead
        // letter names the alert that failed.
        assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(AlertIds.of("port-strike", 1, "r-bad"));
        assertThat(new String(dead.get(0).headers().lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .contains("news.alerts unreadable");
    }

    /** A stand-in for the replay's range: admits ids with a prefix and stamps them as the replay's. */
    private static final class AdmitIdsStartingWith implements FixedKeyProcessorSupplier<String, RawArticle, RawArticle> {
        private final String prefix;

        AdmitIdsStartingWith(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public FixedKeyProcessor<String, RawArticle, RawArticle> get() {
            return new FixedKeyProcessor<>() {
                private FixedKeyProcessorContext<String, RawArticle> context;

                @Override
                public void init(FixedKeyProcessorContext<String, RawArticle> context) {
                    this.context = context;
                }

                @Override
                public void process(FixedKeyRecord<String, RawArticle> record) {
                    if (record.key().startsWith(prefix)) {
                        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
                        headers.add(EnrichTopology.REPLAY_HEADER, REPLAY_ID.getBytes(StandardCharsets.UTF_8));
                        context.forward(record.withHeaders(headers));
                    }
                }
            };
        }
    }
}
