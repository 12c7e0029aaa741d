package io.newsflow.ingest;

import io.newsflow.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Everything the ingest stage can be told, read once from {@link Settings} (keys under
 * {@code ingest.}); a wrong value fails at start with a sentence naming its key.
 *
 * @param feeds {@code ingest.feeds}: feed URLs, site URLs, OPML files or files of one URL per line (comma-separated)
 * @param contactUrl {@code ingest.contact.url}: named in the User-Agent so feed operators can reach us
 * @param minInterval {@code ingest.interval.min} (default 5m): the fastest a feed is polled
 * @param maxInterval {@code ingest.interval.max} (default 2h): the slowest a quiet feed is polled
 * @param hostDelay {@code ingest.host.delay} (default 1s): minimum pause between two requests to one host
 * @param connectTimeout {@code ingest.http.connect.timeout} (default 10s)
 * @param requestTimeout {@code ingest.http.timeout} (default 30s): the whole exchange, body included
 * @param maxBodyBytes {@code ingest.http.max.body.bytes} (default 10 MB): larger bodies are an error naming the feed
 * @param maxRedirects {@code ingest.http.max.redirects} (default 5)
 * @param allowPrivateNetworks {@code ingest.allow.private.networks} (default false): lets links in feeds reach loopback/private addresses
 * @param fetchFullText {@code ingest.fetch.full.text} (default true): fetch the article page when a feed item has only a summary
 * @param fullTextFeeds {@code ingest.fetch.full.text.off}: feed URLs for which full-text fetching is turned off
 * @param summaryThreshold {@code ingest.summary.threshold.chars} (default 600): shorter item texts count as summaries
 * @param concurrency {@code ingest.concurrency} (default 64): feeds fetched at once
 * @param dedupCapacity {@code ingest.dedup.capacity} (default 100000): article ids remembered for dedup
 * @param stateItems {@code ingest.state.items} (default 500): published item hashes kept per feed in news.feed-state
 * @param maxArchiveFileBytes {@code ingest.archive.max.file.bytes} (default 64 MB): larger .txt/.html/feed files are rejected
 * @param metricsPerFeed {@code ingest.metrics.per.feed} (default true): tag feed metrics with the feed URL
 * @param groupId {@code ingest.group.id} (default newsflow-ingest): instances in one group share the feed list
 */
public record IngestConfig(List<String> feeds, String contactUrl, Duration minInterval, Duration maxInterval,
                           Duration hostDelay, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
                           int maxRedirects, boolean allowPrivateNetworks, boolean fetchFullText,
                           List<String> fullTextFeeds, int summaryThreshold, int concurrency, int dedupCapacity,
                           int stateItems, long maxArchiveFileBytes, boolean metricsPerFeed, String groupId) {
    public static final String DEFAULT_CONTACT = "https://github.com/newsflow/newsflow";

    public IngestConfig {
        feeds = List.copyOf(feeds);
        fullTextFeeds = List.copyOf(fullTextFeeds);
    }

    public static IngestConfig from(Settings settings) {
        String contact = settings.string("ingest.contact.url", DEFAULT_CONTACT);
        try {
            URI uri = URI.create(contact);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https") || uri.getScheme().equals("mailto"))) {
                throw settings.wrong("ingest.contact.url", "must be an http(s) or mailto: URL");
            }
        } catch (IllegalArgumentException e) {
            throw settings.wrong("ingest.contact.url", "must be an http(s) or mailto: URL");
        }
        Duration min = settings.duration("ingest.interval.min", Duration.ofMinutes(5));
        Duration max = settings.duration("ingest.interval.max", Duration.ofHours(2));
        if (min.isNegative() || min.isZero()) {
            throw settings.wrong("ingest.interval.min", "must be positive");
        }
        if (max.compareTo(min) < 0) {
            throw settings.wrong("ingest.interval.max", "must be at least ingest.interval.min (" + min + ")");
        }
        Duration hostDelay = settings.duration("ingest.host.delay", Duration.ofSeconds(1));
        if (hostDelay.isNegative()) {
            throw settings.wrong("ingest.host.delay", "must not be negative");
        }
        Duration connect = positive(settings, "ingest.http.connect.timeout", Duration.ofSeconds(10));
        Duration request = positive(settings, "ingest.http.timeout", Duration.ofSeconds(30));
        return new IngestConfig(
                settings.list("ingest.feeds"), contact, min, max, hostDelay, connect, request,
                settings.longValue("ingest.http.max.body.bytes", 10L * 1024 * 1024, 1024, 1L << 31),
                settings.intValue("ingest.http.max.redirects", 5, 0, 20),
                settings.bool("ingest.allow.private.networks", false),
                settings.bool("ingest.fetch.full.text", true),
                settings.list("ingest.fetch.full.text.off"),
                settings.intValue("ingest.summary.threshold.chars", 600, 0, 1_000_000),
                settings.intValue("ingest.concurrency", 64, 1, 4096),
                settings.intValue("ingest.dedup.capacity", 100_000, 1, 50_000_000),
                settings.intValue("ingest.state.items", 500, 1, 100_000),
                settings.longValue("ingest.archive.max.file.bytes", 64L * 1024 * 1024, 1024, 1L << 31),
                settings.bool("ingest.metrics.per.feed", true),
                settings.string("ingest.group.id", "newsflow-ingest"));
    }

    /** The defaults, as with empty settings. */
    public static IngestConfig defaults() {
        return from(Settings.empty());
    }

    /** A copy with other feeds (from the command line). */
    public IngestConfig withFeeds(List<String> newFeeds) {
        return new IngestConfig(newFeeds, contactUrl, minInterval, maxInterval, hostDelay, connectTimeout,
                requestTimeout, maxBodyBytes, maxRedirects, allowPrivateNetworks, fetchFullText, fullTextFeeds,
                summaryThreshold, concurrency, dedupCapacity, stateItems, maxArchiveFileBytes, metricsPerFeed, groupId);
    }

    /** Whether items of {@code feedUrl} with only a summary get their article page fetched. */
    public boolean fetchesFullText(String feedUrl) {
        return fetchFullText && !fullTextFeeds.contains(feedUrl);
    }

    private static Duration positive(Settings settings, String key, Duration defaultValue) {
        Duration d = settings.duration(key, defaultValue);
        if (d.isNegative() || d.isZero()) {
            throw settings.wrong(key, "must be positive");
        }
        return d;
    }
}
