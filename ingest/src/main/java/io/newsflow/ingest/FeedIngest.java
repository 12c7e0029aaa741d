package io.newsflow.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.feed.FeedDiscovery;
import io.newsflow.ingest.feed.FeedItemMapper;
import io.newsflow.ingest.feed.FeedMetrics;
import io.newsflow.ingest.feed.FeedParser;
import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.identity.ArticleIdentity;
import io.newsflow.ingest.identity.UrlCanonicalizer;
import io.newsflow.ingest.publish.ArticleDeduplicator;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.schedule.FeedScheduler;
import io.newsflow.ingest.schedule.IntervalPolicy;
import io.newsflow.ingest.schedule.PollRound;
import io.newsflow.ingest.state.FeedStateStore;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import io.newsflow.ingest.text.PageExtractor;
import io.newsflow.schemas.avro.FeedState;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The live-feed side of ingest, assembled: one HTTP fetcher, the parser, the poller and the
 * scheduler around a sink (the Kafka publisher) and a state store (news.feed-state).
 *
 * <p>Usage: {@code FeedIngest ingest = FeedIngest.create(config, publisher, stateStore, meterRegistry, version, Clock.systemUTC());}
 * then either {@code ingest.pollOnce(feeds, storedStates)} ({@code --once}) or
 * {@code ingest.scheduler().add(feed, state); ingest.scheduler().start();} for continuous polling.
 */
public final class FeedIngest implements AutoCloseable {
    private final FeedPoller poller;
    private final FeedScheduler scheduler;
    private final HttpFetcher http;

    private FeedIngest(FeedPoller poller, FeedScheduler scheduler, HttpFetcher http) {
        this.poller = poller;
        this.scheduler = scheduler;
        this.http = http;
    }

    public static FeedIngest create(IngestConfig config, ArticleSink sink, FeedStateStore store, MeterRegistry registry,
                                    String version, Clock clock) {
        return create(config, HttpFetcher.create(config, version), sink, store, registry, clock);
    }

    /** As {@link #create(IngestConfig, ArticleSink, FeedStateStore, MeterRegistry, String, Clock)} with a fetcher the caller built. */
    public static FeedIngest create(IngestConfig config, HttpFetcher http, ArticleSink sink, FeedStateStore store,
                                    MeterRegistry registry, Clock clock) {
        HtmlText htmlText = new HtmlText();
        DateText dates = new DateText();
        FeedPoller poller = new FeedPoller(config, http, new FeedParser(htmlText, dates, new ObjectMapper()),
                new FeedItemMapper(config.summaryThreshold()), new FeedDiscovery(), new PageExtractor(htmlText, dates),
                new ArticleIdentity(new UrlCanonicalizer()), new ArticleDeduplicator(config.dedupCapacity()), sink,
                new FeedMetrics(registry, config.metricsPerFeed()), clock);
        FeedScheduler scheduler = new FeedScheduler(poller, store,
                new IntervalPolicy(config.minInterval(), config.maxInterval(), new Random()), clock, config.concurrency());
        return new FeedIngest(poller, scheduler, http);
    }

    /** Polls every feed once and returns; states (by feed URL) are what news.feed-state holds. */
    public PollRound pollOnce(List<FeedSubscription> feeds, Map<String, FeedState> states) throws InterruptedException {
        return scheduler.pollOnce(feeds, states);
    }

    public FeedScheduler scheduler() {
        return scheduler;
    }

    public FeedPoller poller() {
        return poller;
    }

    public HttpFetcher http() {
        return http;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
