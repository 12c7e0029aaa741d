package io.newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.ingest.FeedIngest;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.feed.Fixtures;
import io.newsflow.ingest.http.LocalHttpServer;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.ingest.schedule.PollRound;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.testkit.TestServices;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedStateKafkaIT {
    private LocalHttpServer server;
    private ClusterConfig cluster;

    @BeforeEach
    void setUp() throws Exception {
        server = new LocalHttpServer();
        Settings settings = Settings.empty().with(Map.of(
                "kafka.bootstrap.servers", TestServices.kafkaBootstrap(),
                "registry.url", "http://127.0.0.1:1",
                "topic.prefix", TestServices.uniquePrefix(),
                "topic.partitions", "3"), "test");
        cluster = ClusterConfig.from(settings);
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
        }
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private KafkaConsumer<String, FeedState> stateConsumer(String group) {
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(props, new StringDeserializer(), new PlainAvroSerde<>(FeedState.class));
    }

    private List<RawArticle> readRaw() {
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new PlainAvroSerde<>(RawArticle.class))) {
            List<TopicPartition> tps = consumer.partitionsFor(cluster.topics().raw()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            List<RawArticle> out = new ArrayList<>();
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, RawArticle> r : consumer.poll(Duration.ofMillis(200))) {
                    assertThat(r.key()).isEqualTo(r.value().getId());
                    assertThat(r.timestamp()).isEqualTo(r.value().getPublishedAt().toEpochMilli());
                    out.add(r.value());
                }
            }
            return out;
        }
    }

    private PollRound pollOnceThroughKafka(List<FeedSubscription> feeds) throws Exception {
        Map<String, FeedState> stored;
        try (KafkaConsumer<String, FeedState> c = stateConsumer(null)) {
            stored = new FeedStateReader(c, cluster.topics().feedState()).readAll(Duration.ofSeconds(60));
        }
        IngestConfig config = IngestConfig.from(Settings.empty().with("ingest.host.delay", "0ms"));
        try (RawArticlePublisher publisher = RawArticlePublisher.create(cluster, new PlainAvroSerde<>(RawArticle.class));
             KafkaFeedStateStore store = KafkaFeedStateStore.create(cluster, new PlainAvroSerde<>(FeedState.class));
             FeedIngest ingest = FeedIngest.create(config, publisher, store, new SimpleMeterRegistry(), "it", Clock.systemUTC())) {
            PollRound round = ingest.pollOnce(feeds, stored);
            assertThat(publisher.flush().failed()).isZero();
            store.flush();
            return round;
        }
    }

    @Test
    void restartWithoutRepublishingThroughTheFeedStateTopic() throws Exception {
        server.serve("/a", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-a.xml"));
        server.serve("/b", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-b.xml"));
        List<FeedSubscription> feeds = List.of(new FeedSubscription(server.url("/a"), null), new FeedSubscription(server.url("/b"), null));
        PollRound first = pollOnceThroughKafka(feeds);
        assertThat(first.published()).isEqualTo(2);
        PollRound afterRestart = pollOnceThroughKafka(feeds);
        assertThat(afterRestart.published()).isZero();
        assertThat(readRaw()).hasSize(2);
    }

    @Test
    void twoInstancesShareTheFeedListWithoutOverlap() throws Exception {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            urls.add("https://feed-" + i + ".example.test/rss");
        }
        String group = "ingest-" + TestServices.uniquePrefix();
        Map<String, Set<String>> owners = new ConcurrentHashMap<>();
        List<FeedAssignment> assignments = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (String name : List.of("one", "two")) {
            owners.put(name, ConcurrentHashMap.newKeySet());
            FeedAssignment assignment = new FeedAssignment(stateConsumer(group),
                    new FeedStateReader(stateConsumer(null), cluster.topics().feedState()), cluster.topics().feedState(), urls,
                    new FeedAssignment.Listener() {
                        @Override
                        public void assigned(List<String> feedUrls, Map<String, FeedState> states) {
                            owners.get(name).addAll(feedUrls);
                        }

                        @Override
                        public void revoked(List<String> feedUrls) {
                            owners.get(name).removeAll(feedUrls);
                        }
                    }, () -> { });
            assignments.add(assignment);
            Thread t = new Thread(assignment, "assignment-" + name);
            t.start();
            threads.add(t);
        }
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(owners.get("one")).isNotEmpty();
                assertThat(owners.get("two")).isNotEmpty();
                Set<String> all = new java.util.HashSet<>(owners.get("one"));
                all.addAll(owners.get("two"));
                assertThat(all).containsExactlyInAnyOrderElementsOf(urls);
                assertThat(owners.get("one")).doesNotContainAnyElementsOf(owners.get("two"));
            });
        } finally {
            assignments.forEach(FeedAssignment::close);
            for (Thread t : threads) {
                t.join(30_000);
            }
        }
    }
}
