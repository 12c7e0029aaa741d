package io.newsflow.app.ingest;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.ConfigOptions;
import io.newsflow.app.Newsflow;
import io.newsflow.app.UserFacingException;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.ingest.FeedIngest;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.archive.ArchiveIngest;
import io.newsflow.ingest.archive.IngestSummary;
import io.newsflow.ingest.archive.TerminalProgressBar;
import io.newsflow.ingest.feed.FeedArguments;
import io.newsflow.ingest.feed.FeedFormatException;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.ingest.schedule.PollRound;
import io.newsflow.ingest.state.FeedAssignment;
import io.newsflow.ingest.state.FeedStateReader;
import io.newsflow.ingest.state.KafkaFeedStateStore;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow ingest}: loads archives ({@code --input}) or polls feeds ({@code --feeds}, once or
 * continuously) into news.raw on a configured cluster. Continuous mode joins the consumer group
 * {@code ingest.group.id} on news.feed-state, so several instances share one feed list.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publishes articles to news.raw on a configured cluster: archives (--input) or live feeds (--feeds).",
                "Exit code 1 when nothing could be processed (every input rejected, every feed failed) or a send failed."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Files or folders of .txt, .html, .jsonl, .xml/.json feed files, or .gz of them.")
    List<Path> inputs;

    @Option(names = "--feeds", arity = "1..*", paramLabel = "FILE|URL",
            description = "Feed URLs, web pages (their advertised feed is polled), OPML lists or lists of one URL per line, as files or URLs (default: ingest.feeds).")
    List<String> feeds;

    @Option(names = "--once", description = "Poll each feed once, then exit.")
    boolean once;

    @Option(names = "--progress", description = "Show the progress bar even when stderr is not a terminal.")
    boolean progress;

    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "0",
            description = "Serve Prometheus metrics on http://127.0.0.1:PORT/metrics while polling (0 = off).")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings(Map.of());
        IngestConfig ingestConfig = IngestConfig.from(settings);
        ClusterConfig cluster = ClusterConfig.from(settings);
        if (inputs != null && feeds != null) {
            throw new UserFacingException("Give either --input (archives) or --feeds (live feeds), not both.");
        }
        List<String> feedArguments = feeds != null ? feeds : ingestConfig.feeds();
        if (inputs == null && feedArguments.isEmpty()) {
            throw new UserFacingException("Nothing to ingest: give --input PATH... or --feeds FILE|URL... (or set ingest.feeds).");
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(cluster.registryUrl(), cluster.registry());
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) -1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
        }
        new SchemaRegistrar(registry).registerAll(cluster.topics());
        NewsflowSerdes serdes = new NewsflowSerdes(registry);
        if (inputs != null) {
            return loadArchives(ingestConfig, cluster, serdes);
        }
        FeedArguments.Resolved resolved;
        try {
            resolved = new FeedArguments(HttpFetcher.create(ingestConfig, version())).resolve(feedArguments);
        } catch (FeedFormatException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        resolved.notes().forEach(System.out::println);
        List<FeedSubscription> subscriptions = resolved.feeds();
        if (subscriptions.isEmpty()) {
            throw new UserFacingException("The feed list " + feedArguments + " names no feeds.");
        }
        return once ? pollOnce(ingestConfig, cluster, serdes, subscriptions) : pollContinuously(ingestConfig, cluster, serdes, subscriptions);
    }

    private int loadArchives(IngestConfig ingestConfig, ClusterConfig cluster, NewsflowSerdes serdes) {
        IngestSummary summary;
        try (RawArticlePublisher publisher = RawArticlePublisher.create(cluster, serdes.rawArticle().serializer())) {
            summary = new ArchiveIngest(ingestConfig, publisher, TerminalProgressBar.forStderr(progress), Clock.systemUTC())
                    .ingest(inputs);
        }
        System.out.println(summary.report());
        return summary.nothingProcessed() || summary.failed() > 0 ? 1 : 0;
    }

    private int pollOnce(IngestConfig ingestConfig, ClusterConfig cluster, NewsflowSerdes serdes,
                         List<FeedSubscription> subscriptions) throws InterruptedException {
        Map<String, FeedState> states;
        try (KafkaConsumer<String, FeedState> consumer = stateConsumer(cluster, serdes, null)) {
            states = new FeedStateReader(consumer, cluster.topics().feedState()).readAll(Duration.ofMinutes(2));
        }
        PollRound round;
        try (RawArticlePublisher publisher = RawArticlePublisher.create(cluster, serdes.rawArticle().serializer());
             KafkaFeedStateStore store = KafkaFeedStateStore.create(cluster, serdes.feedState().serializer());
             FeedIngest ingest = FeedIngest.create(ingestConfig, publisher, store, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                     version(), Clock.systemUTC())) {
            round = ingest.pollOnce(subscriptions, states);
            var delivery = publisher.flush();
            store.flush();
            System.out.println(round.oneLine());
            round.errors().forEach(e -> System.out.println("  failed " + e));
            delivery.failures().forEach(f -> System.out.println("  failed to publish " + f));
            if (delivery.failed() > 0) {
                return 1;
            }
        }
        return round.succeeded() == 0 ? 1 : 0;
    }

    private int pollContinuously(IngestConfig ingestConfig, ClusterConfig cluster, NewsflowSerdes serdes,
                                 List<FeedSubscription> subscriptions) throws Exception {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Map<String, FeedSubscription> byUrl = subscriptions.stream()
                .collect(Collectors.toMap(FeedSubscription::url, Function.identity(), (a, b) -> a));
        CountDownLatch stopped = new CountDownLatch(1);
        HttpServer metricsServer = metricsPort > 0 ? serveMetrics(meters) : null;
        try (RawArticlePublisher publisher = RawArticlePublisher.create(cluster, serdes.rawArticle().serializer());
             KafkaFeedStateStore store = KafkaFeedStateStore.create(cluster, serdes.feedState().serializer());
             FeedIngest ingest = FeedIngest.create(ingestConfig, publisher, store, meters, version(), Clock.systemUTC())) {
            FeedAssignment assignment = new FeedAssignment(
                    stateConsumer(cluster, serdes, ingestConfig.groupId()),
                    new FeedStateReader(stateConsumer(cluster, serdes, null), cluster.topics().feedState()),
                    cluster.topics().feedState(), List.copyOf(byUrl.keySet()),
                    new FeedAssignment.Listener() {
                        @Override
                        public void assigned(List<String> feedUrls, Map<String, FeedState> states) {
                            feedUrls.forEach(u -> ingest.scheduler().add(byUrl.get(u), states.get(u)));
                        }

                        @Override
                        public void revoked(List<String> feedUrls) {
                            feedUrls.forEach(u -> ingest.scheduler().remove(u));
                        }
                    },
                    () -> {
                        publisher.flush();
                        store.flush();
                    });
            Thread membership = new Thread(() -> {
                try {
                    assignment.run();
                } finally {
                    stopped.countDown();
                }
            }, "ingest-feed-assignment");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                assignment.close();
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-shutdown"));
            ingest.scheduler().start();
            membership.start();
            System.err.println("newsflow ingest: polling " + subscriptions.size() + " feeds (shared through group '"
                    + ingestConfig.groupId() + "'); Ctrl-C stops.");
            stopped.await();
        } finally {
            if (metricsServer != null) {
                metricsServer.stop(0);
            }
        }
        return 0;
    }

    private HttpServer serveMetrics(PrometheusMeterRegistry meters) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", metricsPort), 16);
        server.createContext("/metrics", exchange -> {
            byte[] body = meters.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** A read_committed reader of news.feed-state; with a group id, a member of the ingest group sharing the feeds. */
    public static KafkaConsumer<String, FeedState> stateConsumer(ClusterConfig cluster, NewsflowSerdes serdes, String groupId) {
        Map<String, Object> props = new HashMap<>(cluster.clientProperties());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId == null ? "newsflow-ingest-state-reader" : "newsflow-ingest-member");
        if (groupId != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(props, new StringDeserializer(), serdes.feedState().deserializer());
    }

    static String version() {
        String v = Newsflow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
