package io.newsflow.ingest.feed;

import java.util.List;

/**
 * A feed as parsed: its title, site and language, and its items in feed order.
 *
 * @param format rss, atom or json (for metrics and messages)
 */
public record ParsedFeed(String format, String title, String siteUrl, String language, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
