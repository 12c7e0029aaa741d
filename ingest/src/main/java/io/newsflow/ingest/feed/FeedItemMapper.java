package io.newsflow.ingest.feed;

import io.newsflow.ingest.identity.ArticleDraft;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a feed item into an article draft: body = full content, else the summary; publication time =
 * published, else updated, else the fetch time (flagged as estimated); a time in the future is
 * clamped to the fetch time, so one wrong clock cannot pin an item above all others. Source = the
 * feed's title, else its host.
 */
public final class FeedItemMapper {
    private final int summaryThreshold;

    /** @param summaryThreshold item texts shorter than this (and without full content) count as summaries */
    public FeedItemMapper(int summaryThreshold) {
        this.summaryThreshold = summaryThreshold;
    }

    /** The draft of {@code item}, or empty when it has neither title nor any text. */
    public Optional<ArticleDraft> draft(ParsedFeed feed, FeedItem item, String feedUrl, Instant fetchedAt, String origin) {
        String body = item.content() != null ? item.content() : item.summary() != null ? item.summary() : "";
        String title = item.title();
        if (title == null || title.isBlank()) {
            if (body.isBlank()) {
                return Optional.empty();
            }
            String firstLine = body.split("\n", 2)[0];
            title = firstLine.length() > 120 ? firstLine.substring(0, 117).strip() + "..." : firstLine;
        }
        Instant published = item.published() != null ? item.published() : item.updated();
        boolean estimated = published == null;
        if (published == null || published.isAfter(fetchedAt)) {
            published = fetchedAt;
        }
        Instant updated = item.updated() != null && item.updated().isAfter(fetchedAt) ? fetchedAt : item.updated();
        return Optional.of(new ArticleDraft(item.link(), null, item.guid(), title, item.summary(), body, item.authors(),
                item.categories(), sourceName(feed, feedUrl), feedUrl, feed.siteUrl(), published, estimated, updated,
                fetchedAt, feed.language(), origin));
    }

    /** True when the item carries only a short summary and has a link to fetch the article from. */
    public boolean needsFullText(FeedItem item) {
        if (item.link() == null || item.content() != null && item.content().length() >= summaryThreshold) {
            return false;
        }
        String text = item.content() != null ? item.content() : item.summary();
        return text == null || text.length() < summaryThreshold;
    }

    static String sourceName(ParsedFeed feed, String feedUrl) {
        if (feed.title() != null && !feed.title().isBlank()) {
            return feed.title();
        }
        try {
            String host = URI.create(feedUrl).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        return "feed";
    }
}
