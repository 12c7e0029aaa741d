package io.newsflow.enrich.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.testkit.TestServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules managed with {@link RuleAdmin} and matched by {@link AlertBranch} in a running Kafka Streams
 * application (exactly_once_v2) against the embedded broker and registry, with a stand-in for the
 * enrich main path that reads news.enriched.
 */
class AlertPipelineIT {
    @TempDir
    Path stateDir;

    private ClusterConfig cluster;
    private NewsflowSerdes serdes;
    private RuleAdmin admin;
    private AlertBranch branch;
    private KafkaStreams streams;
    private KafkaProducer<String, EnrichedArticle> producer;
    private KafkaConsumer<String, Alert> consumer;
    private final List<Alert> received = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        String prefix = "alerts" + TestServices.uniquePrefix();
        cluster = ClusterConfig.from(Settings.empty().with(Map.of(
                "kafka.bootstrap.servers", TestServices.kafkaBootstrap(),
                "registry.url", TestServices.registryUrl(),
                "topic.prefix", prefix,
                "topic.partitions", "2"), "test"));
        try (Admin kafkaAdmin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(kafkaAdmin, (short) 1, Duration.ofSeconds(30)).ensure(cluster.topics().all());
        }
        serdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        admin = new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(), Clock.systemUTC(), Duration.ofSeconds(30));

        Map<String, Object> producerProps = new HashMap<>(cluster.clientProperties());
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), serdes.enrichedArticle().serializer());

        Map<String, Object> consumerProps = new HashMap<>(cluster.clientProperties());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + "reader");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), serdes.alert().deserializer());
        consumer.subscribe(List.of(cluster.topics().alerts()));
    }

    private void startStreams(String applicationId) {
        branch = new AlertBranch(new AlertConfig(cluster.topics(), false, 3), serdes.alertRule(), serdes.alert(), Clock.systemUTC());
        StreamsBuilder builder = new StreamsBuilder();
        branch.attach(builder, builder.stream(cluster.topics().enriched(), Consumed.with(Serdes.String(), serdes.enrichedArticle())));
        Properties props = new Properties();
        props.putAll(cluster.clientProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        streams = new KafkaStreams(builder.build(), props);
        streams.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
    }

    @AfterEach
    void stop() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
        }
        if (branch != null) {
            branch.close();
        }
        producer.close();
        consumer.close();
        admin.close();
    }

    private void publish(EnrichedArticle article) throws Exception {
        producer.send(new ProducerRecord<>(cluster.topics().enriched(), null, article.getPublishedAt().toEpochMilli(),
                article.getId(), article)).get();
    }

    private List<Alert> alertsUntil(java.util.function.Predicate<List<Alert>> done) {
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
            return done.test(received);
        });
        return received;
    }

    @Test
    void ruleAdminStoresVersionsListsAndRemoves() {
        AlertRule first = admin.put(RuleDefinition.of("Peace plan", "\"peace plan\""));
        assertThat(first.getId()).isEqualTo("peace-plan");
        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(admin.put(RuleDefinition.of("Peace plan", "\"peace plan\"")).getVersion()).isEqualTo(1);
        AlertRule changed = admin.put(RuleDefinition.of("Peace plan", "\"peace plan\"~2"));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.getCreatedAt()).isEqualTo(first.getCreatedAt());
        admin.put(RuleDefinition.of("Gaza", "Gaza"));
        assertThat(admin.list()).extracting(AlertRule::getName).containsExactly("Gaza", "Peace plan");
        assertThat(admin.remove("Peace plan")).isPresent();
        assertThat(admin.remove("Peace plan")).isEmpty();
        assertThat(admin.list()).extracting(AlertRule::getId).containsExactly("gaza");
    }

    @Test
    void invalidQueryIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> admin.put(RuleDefinition.of("Broken", "peace AND (plan")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("Cannot parse");
        assertThat(admin.list()).isEmpty();
    }

    @Test
    void ruleAddedWhileRunningAlertsAndRemovedRuleStops() throws Exception {
        startStreams("alert-pipeline-it-" + cluster.topics().prefix());
        admin.put(RuleDefinition.of("Peace plan", "\"peace plan\""));
        admin.put(RuleDefinition.of("Control", "pokrovsk"));
        await().atMost(Duration.ofSeconds(30)).until(() -> branch.matcher().liveRuleIds().size() == 2);
        publish(TestArticles.seedArticle());
        List<Alert> alerts = alertsUntil(list -> list.size() >= 2);
        assertThat(alerts).extracting(Alert::getRuleId).containsExactlyInAnyOrder("peace-plan", "control");

        admin.remove("Peace plan");
        await().atMost(Duration.ofSeconds(30)).until(() -> branch.matcher().liveRuleIds().equals(java.util.Set.of("control")));
        publish(EnrichedArticle.newBuilder(TestArticles.seedArticle()).setId("seed-2").build());
        alerts = alertsUntil(list -> list.size() >= 3);
        assertThat(alerts.subList(2, alerts.size())).extracting(Alert::getRuleId).containsExactly("control");

        // A replay of the first article alerts nobody again.
        publish(TestArticles.seedArticle());
        publish(EnrichedArticle.newBuilder(TestArticles.seedArticle()).setId("seed-3").build());
        alerts = alertsUntil(list -> list.stream().anyMatch(a -> a.getArticleId().equals("seed-3")));
        assertThat(alerts).filteredOn(a -> a.getArticleId().equals("seed-1")).hasSize(2);
    }
}
