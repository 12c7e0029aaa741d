package io.newsflow.ingest.feed;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.http.FetchException;
import io.newsflow.ingest.http.FetchRequest;
import io.newsflow.ingest.http.FetchResult;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.identity.ArticleDraft;
import io.newsflow.ingest.identity.ArticleIdentity;
import io.newsflow.ingest.publish.ArticleDeduplicator;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.state.PublishedItems;
import io.newsflow.ingest.text.PageExtractor;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed once: conditional GET (a 304 ends the poll without parsing), parse, and for each
 * item: name it, skip it if this feed or another already published the same content, fetch its
 * article page when the feed has only a summary (untrusted link: SSRF-guarded), publish it (as a
 * new revision when its content changed) and remember it in the feed's state. A site URL is resolved
 * to its feed by discovery on the first poll. Any failure becomes the feed's health error; nothing
 * escapes to other feeds. Thread-safe: the scheduler polls many feeds at once.
 */
public final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

    private final IngestConfig config;
    private final HttpFetcher http;
    private final FeedParser parser;
    private final FeedItemMapper mapper;
    private final FeedDiscovery discovery;
    private final PageExtractor pages;
    private final ArticleIdentity identity;
    private final ArticleDeduplicator dedup;
    private final ArticleSink sink;
    private final FeedMetrics metrics;
    private final Clock clock;
    private final Map<String, String> discovered = new ConcurrentHashMap<>();

    public FeedPoller(IngestConfig config, HttpFetcher http, FeedParser parser, FeedItemMapper mapper,
                      FeedDiscovery discovery, PageExtractor pages, ArticleIdentity identity,
                      ArticleDeduplicator dedup, ArticleSink sink, FeedMetrics metrics, Clock clock) {
        this.config = config;
        this.http = http;
        this.parser = parser;
        this.mapper = mapper;
        this.discovery = discovery;
        this.pages = pages;
        this.identity = identity;
        this.dedup = dedup;
        this.sink = sink;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A fresh state for a feed never polled before. */
    public static FeedState initialState(String feedUrl) {
        return FeedState.newBuilder().setFeedUrl(feedUrl).setPublishedItems(new HashMap<>()).build();
    }

    /** Seeds the cross-feed deduplicator with what a feed's stored state says was published. */
    public void remember(FeedState state) {
        state.getPublishedItems().forEach((id, value) -> {
            PublishedItems.Item item = PublishedItems.decode(value);
            dedup.remember(id, item.hash(), item.revision());
        });
    }

    public PollOutcome poll(FeedSubscription subscription, FeedState previous) throws InterruptedException {
        String feedUrl = subscription.url();
        FeedState state = FeedState.newBuilder(previous).build();
        Instant now = clock.instant();
        state.setLastFetchAt(now);
        String fetchUrl = discovered.getOrDefault(feedUrl, feedUrl);
        try {
            FetchResult result = http.fetch(FetchRequest.feed(fetchUrl, previous.getEtag(), previous.getLastModified()));
            metrics.fetched(feedUrl, result.elapsed(), result.notModified());
            if (result.notModified()) {
                succeeded(state, now, result);
                return new PollOutcome(state, true, 0, 0, 0, null, null, List.of(), 0);
            }
            ParsedFeed feed;
            try {
                feed = parser.parse(result.body(), result.contentType(), feedUrl);
            } catch (FeedFormatException e) {
                Optional<String> feedOfSite = discover(feedUrl, fetchUrl, result, e);
                if (feedOfSite.isEmpty()) {
                    throw e;
                }
                discovered.put(feedUrl, feedOfSite.get());
                LOG.info("Site {} advertises feed {}: polling that", feedUrl, feedOfSite.get());
                result = http.fetch(FetchRequest.feed(feedOfSite.get(), null, null));
                feed = parser.parse(result.body(), result.contentType(), feedUrl);
            }
            succeeded(state, now, result);
            if (feed.title() != null && !feed.title().isBlank()) {
                state.setTitle(feed.title());
            }
            return publishItems(subscription, feed, state, now);
        } catch (FetchException e) {
            metrics.failed(feedUrl, e.kind().name().toLowerCase(Locale.ROOT));
            return failed(state, "Feed " + feedUrl + ": " + e.getMessage(), e.retryAfter().orElse(null));
        } catch (FeedFormatException e) {
            metrics.failed(feedUrl, "format");
            return failed(state, e.getMessage(), null);
        } catch (RuntimeException e) {
            // A bug on one feed's hostile content must not stop the others: record it as that feed's error.
            LOG.warn("Unexpected failure polling {}", feedUrl, e);
            metrics.failed(feedUrl, "internal");
            return failed(state, "Feed " + feedUrl + ": internal error " + e, null);
        }
    }

    private Optional<String> discover(String feedUrl, String fetchUrl, FetchResult result, FeedFormatException e) {
        if (!fetchUrl.equals(feedUrl) || !e.getMessage().contains("is an HTML page")) {
            return Optional.empty();
        }
        List<String> feeds = discovery.discover(new String(result.body(), StandardCharsets.UTF_8), result.finalUrl());
        return feeds.stream().findFirst();
    }

    private static void succeeded(FeedState state, Instant now, FetchResult result) {
        state.setLastSuccessAt(now);
        state.setConsecutiveFailures(0);
        state.setLastError(null);
        state.setEtag(result.etag());
        state.setLastModified(result.lastModified());
    }

    private static PollOutcome failed(FeedState state, String message, Duration retryAfter) {
        state.setConsecutiveFailures(state.getConsecutiveFailures() + 1);
        state.setLastError(message);
        return new PollOutcome(state, false, 0, 0, 0, message, retryAfter, List.of(), 0);
    }

    private PollOutcome publishItems(FeedSubscription subscription, ParsedFeed feed, FeedState state, Instant now)
            throws InterruptedException {
        String feedUrl = subscription.url();
        Map<String, String> published = new HashMap<>(state.getPublishedItems());
        Set<String> current = new LinkedHashSet<>();
        List<Instant> dates = new ArrayList<>();
        int fresh = 0;
        int duplicates = 0;
        int revisions = 0;
        int newItems = 0;
        for (FeedItem item : feed.items()) {
            if (item.published() != null) {
                dates.add(item.published());
            }
            Optional<ArticleDraft> maybe = mapper.draft(feed, item, feedUrl, now, "feed");
            if (maybe.isEmpty()) {
                continue;
            }
            ArticleDraft draft = maybe.get();
            RawArticle fromFeed = identity.assign(draft);
            String id = fromFeed.getId();
            String fingerprint = fromFeed.getContentHash();
            current.add(id);
            String known = published.get(id);
            if (known != null && PublishedItems.decode(known).hash().equals(fingerprint)) {
                duplicates++;
                continue;
            }
            newItems++;
            ArticleDeduplicator.Admission admission = dedup.admit(id, fingerprint);
            if (admission.verdict() == ArticleDeduplicator.Verdict.DUPLICATE) {
                // Another feed published the same article: remember it here too, publish nothing.
                published.put(id, PublishedItems.encode(fingerprint, admission.revision()));
                duplicates++;
                continue;
            }
            RawArticle article = fromFeed;
            if (config.fetchesFullText(feedUrl) && mapper.needsFullText(item) && draft.body().length() < config.summaryThreshold()) {
                article = withFullText(feedUrl, draft).orElse(fromFeed);
            }
            if (!article.getId().equals(id)) {
                // The page declared a canonical URL naming another article id: dedup under that id too.
                ArticleDeduplicator.Admission byCanonical = dedup.admit(article.getId(), fingerprint);
                if (byCanonical.verdict() == ArticleDeduplicator.Verdict.DUPLICATE) {
                    published.put(id, PublishedItems.encode(fingerprint, admission.revision()));
                    duplicates++;
                    continue;
                }
                admission = byCanonical;
            }
            if (article.getBody().isBlank()) {
                continue;
            }
            article.setRevision(admission.revision());
            sink.publish(article);
            published.put(id, PublishedItems.encode(fingerprint, admission.revision()));
            if (admission.verdict() == ArticleDeduplicator.Verdict.REVISION) {
                revisions++;
            } else {
                fresh++;
            }
        }
        state.setPublishedItems(PublishedItems.bounded(published, current, config.stateItems()));
        metrics.items(feedUrl, fresh, duplicates, revisions);
        return new PollOutcome(state, false, fresh + revisions, duplicates, revisions, null, null, dates, newItems);
    }

    private Optional<RawArticle> withFullText(String feedUrl, ArticleDraft draft) throws InterruptedException {
        try {
            FetchResult page = http.fetch(FetchRequest.articlePage(draft.url()));
            metrics.fullTextFetched(feedUrl);
            PageExtractor.Page extracted = pages.extract(decodePage(page), page.finalUrl());
            if (extracted.body().length() <= draft.body().length()) {
                return Optional.empty();
            }
            return Optional.of(identity.assign(draft.withPage(extracted.body(), extracted.canonicalUrl())));
        } catch (FetchException e) {
            LOG.info("Full text of {} not fetched, keeping the summary: {}", draft.url(), e.getMessage());
            metrics.failed(feedUrl, "fulltext_" + e.kind().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.info("Full text of {} not extracted, keeping the summary: {}", draft.url(), e.toString());
            return Optional.empty();
        }
    }

    private static String decodePage(FetchResult page) {
        Charset charset = null;
        if (page.contentType() != null) {
            Matcher m = HEADER_CHARSET.matcher(page.contentType());
            if (m.find()) {
                charset = charset(m.group(1));
            }
        }
        if (charset == null) {
            String head = new String(page.body(), 0, Math.min(page.body().length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = charset(m.group(1));
            }
        }
        return new String(page.body(), charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
