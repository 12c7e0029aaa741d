package io.newsflow.app.run;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.dashboard.DashboardConfig;
import io.newsflow.dashboard.DashboardServer;
import io.newsflow.dashboard.live.InProcessLiveFeed;
import io.newsflow.dashboard.rules.RuleStore;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.alert.AlertBranch;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.alert.AlertDelivery;
import io.newsflow.sink.alert.DeliveryConfig;
import io.newsflow.sink.consume.SinkDeserializers;
import io.newsflow.sink.consume.SinkListener;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.WriteResult;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every stage after ingest, started in this process against one cluster: enrich (NLP, dedup, alert
 * matching, trends), the sink into the store, alert delivery and the dashboard. Closing stops them in
 * the reverse order, so nothing in flight is cut off by a stage it feeds.
 */
final class LocalPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final ClusterConfig cluster;
    private final NewsflowSerdes serdes;
    private final Database database;
    private final RuleAdmin rules;
    private DashboardServer dashboard;

    private LocalPipeline(ClusterConfig cluster, NewsflowSerdes serdes, Database database, RuleAdmin rules) {
        this.cluster = cluster;
        this.serdes = serdes;
        this.database = database;
        this.rules = rules;
    }

    /**
     * Provisions the topics, registers the schemas and starts every stage.
     *
     * @param withDashboard false for headless runs ({@code --once} without {@code --port})
     * @param alertsOut where delivered alerts are printed, or null
     * @param initialRules stored before enrich starts, so the first article already meets them
     */
    static LocalPipeline start(Settings settings, boolean withDashboard, PrintStream alertsOut,
                               List<RuleDefinition> initialRules) {
        EnrichConfig enrichConfig = EnrichConfig.from(settings);
        ClusterConfig cluster = enrichConfig.cluster();
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(cluster.registryUrl(), cluster.registry());
        new SchemaRegistrar(registry).registerAll(cluster.topics());
        NewsflowSerdes serdes = new NewsflowSerdes(registry);

        SinkConfig sinkConfig = SinkConfig.from(settings);
        Database database = Database.open(sinkConfig.jdbcUrl());
        RuleAdmin rules = new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(),
                Clock.systemUTC(), Duration.ofSeconds(30));
        LocalPipeline pipeline = new LocalPipeline(cluster, serdes, database, rules);
        pipeline.started.push(database);
        pipeline.started.push(rules);
        try {
            if (!initialRules.isEmpty()) {
                rules.putAll(initialRules);
            }
            pipeline.startStages(settings, enrichConfig, sinkConfig, withDashboard, alertsOut);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startStages(Settings settings, EnrichConfig enrichConfig, SinkConfig sinkConfig, boolean withDashboard,
                             PrintStream alertsOut) {
        EnrichSerdes enrichSerdes = EnrichSerdes.from(serdes);
        List<EnrichedBranch> branches = List.of(
                new EntityTrendsBranch(cluster.topics().entityTrends(), enrichSerdes.entityTrend(), enrichConfig.trendGrace()),
                new AlertBranch(AlertConfig.from(settings, cluster.topics()), serdes.alertRule(), serdes.alert(), Clock.systemUTC()));
        NlpArticleEnricher enricher = new NlpArticleEnricher(NlpConfig.from(settings));
        started.push(EnrichService.start(enrichConfig,
                EnrichTopology.from(enrichConfig, enrichSerdes, enricher, branches).build()));

        InProcessLiveFeed live = new InProcessLiveFeed();
        SinkDeserializers deserializers = new SinkDeserializers(serdes.enrichedArticle().deserializer(),
                serdes.alert().deserializer(), serdes.entityTrend().deserializer());
        started.push(SinkService.start(sinkConfig, cluster, deserializers, database, new SinkListener() {
            @Override
            public void onStored(StoreBatch batch, WriteResult result, Map<TopicPartition, Long> nextOffsets) {
                live.articlesStored(batch.articles());
                live.alertsStored(batch.alerts());
            }
        }));

        AlertDelivery delivery = new AlertDelivery(cluster.clientProperties(), cluster.topics(), DeliveryConfig.from(settings),
                serdes.alert().deserializer(), serdes.alertRule().deserializer(), alertsOut);
        delivery.start();
        started.push(delivery);

        if (withDashboard) {
            dashboard = new DashboardServer(DashboardConfig.from(settings), database.dataSource(), live,
                    Optional.of(ruleStore()));
            dashboard.start();
            started.push(dashboard);
        } else {
            started.push(live);
        }
    }

    private RuleStore ruleStore() {
        return new RuleAdminStore(rules);
    }

    /** Publishes raw articles to this pipeline's cluster; the caller closes it. */
    RawArticlePublisher publisher() {
        return RawArticlePublisher.create(cluster, serdes.rawArticle().serializer());
    }

    RuleAdmin rules() {
        return rules;
    }

    Database database() {
        return database;
    }

    ClusterConfig cluster() {
        return cluster;
    }

    Optional<DashboardServer> dashboard() {
        return Optional.ofNullable(dashboard);
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable stage = started.pop();
            try {
                stage.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", stage.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
