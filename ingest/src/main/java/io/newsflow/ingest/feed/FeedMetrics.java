package io.newsflow.ingest.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-feed metrics (tag {@code feed} = feed URL): fetches, 304s, errors (tag {@code kind}), new and
 * duplicate items, revisions, full-text fetches and fetch latency. With per-feed tags off (very large
 * feed lists), the same meters are kept for all feeds together.
 */
public final class FeedMetrics {
    private final MeterRegistry registry;
    private final boolean perFeed;
    private final ConcurrentHashMap<String, Meters> meters = new ConcurrentHashMap<>();
    private final Timer allLatency;

    private record Meters(Counter fetches, Counter notModified, Counter newItems, Counter duplicates,
                          Counter revisions, Counter fullText, Timer latency) {}

    public FeedMetrics(MeterRegistry registry, boolean perFeed) {
        this.registry = registry;
        this.perFeed = perFeed;
        this.allLatency = Timer.builder("newsflow.ingest.fetch.latency").description("Feed fetch latency, all feeds")
                .publishPercentiles(0.5, 0.9, 0.99).register(registry);
    }

    private String tag(String feedUrl) {
        return perFeed ? feedUrl : "all";
    }

    private Meters of(String feedUrl) {
        return meters.computeIfAbsent(tag(feedUrl), feed -> new Meters(
                Counter.builder("newsflow.ingest.feed.fetches").tag("feed", feed).register(registry),
                Counter.builder("newsflow.ingest.feed.not.modified").tag("feed", feed).register(registry),
                Counter.builder("newsflow.ingest.feed.items.new").tag("feed", feed).register(registry),
                Counter.builder("newsflow.ingest.feed.items.duplicate").tag("feed", feed).register(registry),
                Counter.builder("newsflow.ingest.feed.items.revision").tag("feed", feed).register(registry),
                Counter.builder("newsflow.ingest.feed.fulltext.fetches").tag("feed", feed).register(registry),
                Timer.builder("newsflow.ingest.feed.fetch.latency").tag("feed", feed).register(registry)));
    }

    void fetched(String feedUrl, Duration latency, boolean notModified) {
        Meters m = of(feedUrl);
        m.fetches().increment();
        m.latency().record(latency);
        allLatency.record(latency);
        if (notModified) {
            m.notModified().increment();
        }
    }

    void failed(String feedUrl, String kind) {
        Counter.builder("newsflow.ingest.feed.errors").tag("feed", tag(feedUrl)).tag("kind", kind).register(registry).increment();
    }

    void items(String feedUrl, int fresh, int duplicates, int revisions) {
        Meters m = of(feedUrl);
        m.newItems().increment(fresh);
        m.duplicates().increment(duplicates);
        m.revisions().increment(revisions);
    }

    void fullTextFetched(String feedUrl) {
        of(feedUrl).fullText().increment();
    }

    /** Latency of every feed fetch together, with percentiles. */
    public Timer allLatency() {
        return allLatency;
    }

    public MeterRegistry registry() {
        return registry;
    }
}
