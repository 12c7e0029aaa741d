package io.newsflow.enrich.alert;

import static io.newsflow.enrich.alert.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.topic.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert branch on a stand-in for the enrich main path (enriched articles read from a topic), as the
 * topology attaches it.
 */
class AlertBranchTest {
    private final Topics topics = Topics.defaults();
    private final AvroTestSerde<EnrichedArticle> articleSerde = new AvroTestSerde<>(EnrichedArticle.class);
    private final AvroTestSerde<AlertRule> ruleSerde = new AvroTestSerde<>(AlertRule.class);
    private final AvroTestSerde<Alert> alertSerde = new AvroTestSerde<>(Alert.class);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private AlertBranch branch;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestInputTopic<String, AlertRule> rules;
    private TestOutputTopic<String, Alert> alerts;

    private static final Instant NOW = Instant.parse("2025-12-02T16:00:02Z");

    private void start(boolean realert) {
        start(realert, AlertConfig.DEFAULT_ONCE_RETENTION);
    }

    private void start(boolean realert, Duration retention) {
        branch = new AlertBranch(new AlertConfig(topics, realert, 3, retention), ruleSerde, alertSerde,
                Clock.fixed(NOW, ZoneOffset.UTC));
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> stream = builder.stream(topics.enriched(), Consumed.with(Serdes.String(), articleSerde));
        branch.attach(builder, stream);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-branch-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props, NOW);
        enriched = driver.createInputTopic(topics.enriched(), Serdes.String().serializer(), articleSerde.serializer());
        rules = driver.createInputTopic(topics.alertRules(), Serdes.String().serializer(), ruleSerde.serializer());
        alerts = driver.createOutputTopic(topics.alerts(), Serdes.String().deserializer(), alertSerde.deserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
        if (branch != null) {
            branch.close();
        }
    }

    private void addRule(String name, String query, int version) {
        AlertRule rule = RuleDefinition.of(name, query).toAlertRule(version, Instant.EPOCH);
        rules.pipeInput(rule.getId(), rule);
    }

    private void publish(EnrichedArticle article) {
        enriched.pipeInput(article.getId(), article, article.getPublishedAt());
    }

    @Test
    void seedArticleProducesOnePeacePlanAlertKeyedByRule() {
        start(false);
        addRule("Peace plan", "\"peace plan\"", 1);
        addRule("Gaza", "Gaza", 1);
        publish(TestArticles.seedArticle());
        var records = alerts.readKeyValuesToList();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key).isEqualTo("peace-plan");
        Alert alert = records.get(0).value;
        assertThat(alert.getAlertId()).isEqualTo(AlertIds.of("peace-plan", 1, "seed-1"));
        assertThat(alert.getRuleName()).isEqualTo("Peace plan");
        assertThat(alert.getArticleId()).isEqualTo("seed-1");
        assertThat(alert.getTitle()).isEqualTo("US negotiators meet Putin as Russia presses battlefield advances");
        assertThat(alert.getEntities()).contains("Vladimir Putin", "Pokrovsk");
        assertThat(alert.getSnippets()).anyMatch(s -> s.contains("any [[peace plan]] must end the war"));
        assertThat(alert.getDuplicateCount()).isZero();
        assertThat(alert.getCountUpdate()).isFalse();
    }

    @Test
    void ruleAddedWhileRunningMatchesTheNextArticleAndRemovedRuleStops() {
        start(false);
        publish(article("a1", "Shelling near Pokrovsk", "x"));
        assertThat(alerts.isEmpty()).isTrue();
        addRule("Pokrovsk", "pokrovsk", 1);
        publish(article("a2", "More shelling near Pokrovsk", "x"));
        assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId).containsExactly("a2");
        rules.pipeInput("pokrovsk", null);
        publish(article("a3", "Pokrovsk again", "x"));
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void replayedAndReEnrichedArticleDoesNotAlertAgain() {
        start(false);
        addRule("Pokrovsk", "pokrovsk", 1);
        EnrichedArticle first = article("a1", "Shelling near Pokrovsk", "x");
        publish(first);
        publish(first);
        publish(EnrichedArticle.newBuilder(first).setEnrichmentVersion(2).build());
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void nearDuplicateCopyIsCountedOnTheFirstAlertOnce() {
        start(false);
        addRule("Pokrovsk", "pokrovsk", 1);
        EnrichedArticle first = article("a1", "Shelling near Pokrovsk", "x");
        EnrichedArticle copy = TestArticles.builder("a2", "Shelling near Pokrovsk (update)", "x").setDuplicateOf("a1").build();
        publish(first);
        publish(copy);
        publish(copy);
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).getCountUpdate()).isFalse();
        assertThat(out.get(1).getAlertId()).isEqualTo(out.get(0).getAlertId());
        assertThat(out.get(1).getArticleId()).isEqualTo("a1");
        assertThat(out.get(1).getDuplicateCount()).isEqualTo(1);
        assertThat(out.get(1).getCountUpdate()).isTrue();
    }

    @Test
    void newRuleVersionAlertsAgainOnTheSameStory() {
        start(false);
        addRule("Pokrovsk", "pokrovsk", 1);
        EnrichedArticle first = article("a1", "Shelling near Pokrovsk", "x");
        publish(first);
        addRule("Pokrovsk", "pokrovsk OR kyiv", 2);
        publish(first);
        assertThat(alerts.readValuesToList()).extracting(Alert::getRuleVersion).containsExactly(1, 2);
    }

    @Test
    void realertMakesAReplayAlertAgainButStillOnlyCountsCopies() {
        start(true);
        addRule("Pokrovsk", "pokrovsk", 1);
        EnrichedArticle first = article("a1", "Shelling near Pokrovsk", "x");
        EnrichedArticle copy = TestArticles.builder("a2", "Shelling near Pokrovsk", "x").setDuplicateOf("a1").build();
        publish(first);
        publish(copy);
        publish(first);
        publish(copy);
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::getCountUpdate).containsExactly(false, true, false);
        assertThat(out.get(2).getDuplicateCount()).isEqualTo(1);
    }

    @Test
    void onceOnlyStoresForgetAlertsAndCopiesOlderThanTheRetention() {
        start(false, Duration.ofDays(90));
        addRule("Pokrovsk", "pokrovsk", 1);
        EnrichedArticle first = article("a1", "Shelling near Pokrovsk", "x");
        EnrichedArticle copy = TestArticles.builder("a2", "Shelling near Pokrovsk (update)", "x").setDuplicateOf("a1").build();
        publish(first);
        publish(copy);
        assertThat(alerts.readValuesToList()).hasSize(2);
        KeyValueStore<String, Alert> sent = driver.getKeyValueStore(AlertBranch.SENT_STORE);
        KeyValueStore<String, Long> copies = driver.getKeyValueStore(AlertBranch.COPIES_STORE);
        assertThat(size(sent)).isEqualTo(1);
        assertThat(size(copies)).isEqualTo(1);

        driver.advanceWallClockTime(Duration.ofDays(89));
        assertThat(sent.get(AlertIds.of("pokrovsk", 1, "a1"))).isNotNull();
        publish(first);
        publish(copy);
        assertThat(alerts.isEmpty()).isTrue();

        driver.advanceWallClockTime(Duration.ofDays(2));
        assertThat(sent.get(AlertIds.of("pokrovsk", 1, "a1"))).isNull();
        assertThat(copies.get(AlertIds.of("pokrovsk", 1, "a1") + "|a2")).isNull();
        publish(first);
        assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId).containsExactly("a1");
    }

    @Test
    void purgeKeepsWhatIsYoungerThanTheRetention() {
        start(false, Duration.ofDays(90));
        addRule("Pokrovsk", "pokrovsk", 1);
        publish(article("a1", "Shelling near Pokrovsk", "x"));
        driver.advanceWallClockTime(Duration.ofDays(30));
        publish(TestArticles.builder("a2", "Shelling near Pokrovsk (update)", "x").setDuplicateOf("a1").build());
        driver.advanceWallClockTime(Duration.ofDays(61));
        KeyValueStore<String, Long> copies = driver.getKeyValueStore(AlertBranch.COPIES_STORE);
        // The alert (91 days old) is gone; the copy counted 61 days ago is still remembered.
        assertThat(driver.<String, Alert>getKeyValueStore(AlertBranch.SENT_STORE).get(AlertIds.of("pokrovsk", 1, "a1"))).isNull();
        assertThat(copies.get(AlertIds.of("pokrovsk", 1, "a1") + "|a2")).isNotNull();
    }

    private static int size(KeyValueStore<String, ?> store) {
        int n = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        }
        return n;
    }
}
