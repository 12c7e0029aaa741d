package io.newsflow.enrich.alert;

import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * Alert matching as an {@link EnrichedBranch#inline() in-line} branch of the enrich topology: it runs in
 * the dedup task, right after dedup, so an alert commits in the same transaction as its article's
 * news.enriched record. Three steps:
 * <ol>
 *   <li>news.alert-rules feeds a global store in every instance, whose processor keeps the
 *       {@link AlertMatcher} up to date: a rule added or removed while running takes effect on the next
 *       article, with no restart;</li>
 *   <li>each deduplicated article is matched against all rules, giving one candidate Alert per matching
 *       rule, keyed by its deterministic alert id;</li>
 *   <li>{@link OnceOnlyAlerts} lets each alert out once; alerts go to news.alerts keyed by rule id. The
 *       dedup task is a single one (see {@link io.newsflow.enrich.topology.EnrichTopology}), so every copy
 *       of a story meets the same once-only store without a repartition.</li>
 * </ol>
 * Close it with the Kafka Streams instance it was attached to.
 */
public final class AlertBranch implements EnrichedBranch, AutoCloseable {
    public static final String RULES_STORE = "alert-rules";
    /*
     * The once-only stores were "alerts-sent" and "alerts-copies" when they sat behind a repartition with
     * news.enriched's partition count; in the dedup task they have one partition, and Streams refuses to
     * start on an existing changelog with another count. New names let an existing deployment start; it
     * starts with empty stores (the old changelogs can be deleted).
     */
    public static final String SENT_STORE = "alerts-once-sent";
    public static final String COPIES_STORE = "alerts-once-copies";
    /** Processor names; they appear as the stage header of dead letters. */
    public static final String MATCH = "alert-match";
    public static final String ONCE = "alert-once";

    private final AlertConfig config;
    private final Serde<AlertRule> ruleSerde;
    private final Serde<Alert> alertSerde;
    private final Clock clock;
    private final AlertMatcher matcher;
    private final PriorAlerts prior;

    public AlertBranch(AlertConfig config, Serde<AlertRule> ruleSerde, Serde<Alert> alertSerde, Clock clock) {
        this(config, ruleSerde, alertSerde, clock, PriorAlerts.NONE);
    }

    /** @param prior alerts sent before this application existed (a replay's); {@link PriorAlerts#NONE} for the live one */
    public AlertBranch(AlertConfig config, Serde<AlertRule> ruleSerde, Serde<Alert> alertSerde, Clock clock, PriorAlerts prior) {
        this.prior = prior;
        this.config = config;
        this.ruleSerde = ruleSerde;
        this.alertSerde = alertSerde;
        this.clock = clock;
        this.matcher = new AlertMatcher(config.maxSnippets());
    }

    /** In line: one transaction with the article, one task for every copy of a story (see the class comment). */
    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public void attach(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RULES_STORE), Serdes.String(), ruleSerde)
                        .withLoggingDisabled(),
                config.topics().alertRules(),
                Consumed.with(Serdes.String(), ruleSerde).withName("alert-rules-source"),
                () -> new RuleStoreUpdater(RULES_STORE, matcher));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SENT_STORE), Serdes.String(), alertSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COPIES_STORE), Serdes.String(), Serdes.Long()));

        enriched
                .flatMap((articleId, article) -> article == null ? List.<KeyValue<String, Alert>>of() : candidates(article),
                        Named.as(MATCH))
                // process() never repartitions: the candidates stay in the dedup task, which sees every copy.
                .process(() -> new OnceOnlyAlerts(SENT_STORE, COPIES_STORE, config.realert(), prior, config.onceRetention()),
                        Named.as(ONCE), SENT_STORE, COPIES_STORE)
                .to(config.topics().alerts(), Produced.with(Serdes.String(), alertSerde).withName("alerts-sink"));
    }

    private List<KeyValue<String, Alert>> candidates(EnrichedArticle article) {
        List<RuleMatch> matches = matcher.match(article);
        if (matches.isEmpty()) {
            return List.of();
        }
        String storyId = AlertIds.storyId(article);
        List<String> entities = article.getEntities().stream().map(e -> e.getName()).distinct().toList();
        return matches.stream().map(match -> {
            AlertRule rule = match.rule();
            String alertId = AlertIds.of(rule.getId(), rule.getVersion(), storyId);
            Alert alert = Alert.newBuilder()
                    .setAlertId(alertId)
                    .setRuleId(rule.getId())
                    .setRuleName(rule.getName())
                    .setRuleVersion(rule.getVersion())
                    .setArticleId(article.getId())
                    .setTitle(article.getTitle())
                    .setUrl(article.getUrl())
                    .setSource(article.getSource())
                    .setPublishedAt(article.getPublishedAt())
                    .setAlertedAt(clock.instant())
                    .setTone(article.getTone())
                    .setEntities(entities)
                    .setSnippets(match.snippets())
                    .setDuplicateCount(0)
                    .setEnrichmentVersion(article.getEnrichmentVersion())
                    .setCountUpdate(false)
                    .build();
            return KeyValue.pair(alertId, alert);
        }).toList();
    }

    /** The matcher this branch feeds; exposed for the benchmark and for health checks (live rule count). */
    public AlertMatcher matcher() {
        return matcher;
    }

    @Override
    public void close() {
        matcher.close();
    }
}
