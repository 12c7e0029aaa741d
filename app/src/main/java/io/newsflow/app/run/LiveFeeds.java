package io.newsflow.app.run;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.ingest.IngestCommand;
import io.newsflow.config.ClusterConfig;
import io.newsflow.ingest.FeedIngest;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.feed.FeedArguments;
import io.newsflow.ingest.feed.FeedFormatException;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.schedule.PollRound;
import io.newsflow.ingest.state.FeedStateReader;
import io.newsflow.ingest.state.KafkaFeedStateStore;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Feed polling inside {@code newsflow run}: one instance owns every feed (no group assignment, unlike
 * {@code newsflow ingest}), resuming from the feed states in news.feed-state so a second run does
 * not republish what the first one published.
 */
final class LiveFeeds implements AutoCloseable {
    private final List<FeedSubscription> subscriptions;
    private final Map<String, FeedState> states;
    private final PublishedArticles published;
    private final KafkaFeedStateStore store;
    private final FeedIngest ingest;

    /** The outcome of one round over every feed, with the articles it published. */
    record Round(String summary, List<String> errors, Map<String, Integer> published, boolean anySucceeded) {}

    private LiveFeeds(List<FeedSubscription> subscriptions, Map<String, FeedState> states, PublishedArticles published,
                      KafkaFeedStateStore store, FeedIngest ingest) {
        this.subscriptions = subscriptions;
        this.states = states;
        this.published = published;
        this.store = store;
        this.ingest = ingest;
    }

    /** Resolves the feed arguments (lists and pages by URL are fetched now), printing what was found behind each. */
    static LiveFeeds start(IngestConfig config, LocalPipeline pipeline, List<String> arguments, PrintWriter out)
            throws InterruptedException {
        HttpFetcher http = HttpFetcher.create(config, "run");
        FeedArguments.Resolved resolved;
        try {
            resolved = new FeedArguments(http).resolve(arguments);
        } catch (FeedFormatException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        resolved.notes().forEach(note -> out.println("newsflow: " + note));
        out.flush();
        List<FeedSubscription> subscriptions = resolved.feeds();
        if (subscriptions.isEmpty()) {
            throw new UserFacingException("The feed list " + arguments + " names no feeds.");
        }
        ClusterConfig cluster = pipeline.cluster();
        NewsflowSerdes serdes = pipeline.serdes();
        Map<String, FeedState> states;
        try (KafkaConsumer<String, FeedState> consumer = IngestCommand.stateConsumer(cluster, serdes, null)) {
            states = new FeedStateReader(consumer, cluster.topics().feedState()).readAll(Duration.ofMinutes(2));
        }
        PublishedArticles published = new PublishedArticles(pipeline.publisher());
        KafkaFeedStateStore store = KafkaFeedStateStore.create(cluster, serdes.feedState().serializer());
        FeedIngest ingest = FeedIngest.create(config, http, published, store, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Clock.systemUTC());
        return new LiveFeeds(subscriptions, states, published, store, ingest);
    }

    Round pollOnce() throws InterruptedException {
        PollRound round = ingest.pollOnce(subscriptions, states);
        var delivery = published.flush();
        store.flush();
        List<String> errors = new java.util.ArrayList<>(round.errors());
        delivery.failures().forEach(f -> errors.add("publish: " + f));
        return new Round(round.oneLine(), errors, published.revisions(), round.succeeded() > 0);
    }

    void pollContinuously() {
        subscriptions.forEach(feed -> ingest.scheduler().add(feed, states.get(feed.url())));
        ingest.scheduler().start();
    }

    @Override
    public void close() {
        ingest.close();
        store.close();
        published.close();
    }
}
