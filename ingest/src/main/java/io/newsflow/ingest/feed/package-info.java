/**
 * Feeds: what they look like (RSS 0.91 to 2.0 and Atom through Rome, JSON Feed 1.1 through Jackson),
 * how they are listed (OPML 2.0, a file of URLs, feed discovery from a site's
 * {@code <link rel="alternate">}), how their bytes are decoded (BOM, XML prolog, HTTP charset) and
 * refused when hostile (a DOCTYPE, and so any external entity or entity bomb, is rejected before any
 * parser sees it), and how a feed is polled: {@link io.newsflow.ingest.feed.FeedPoller} fetches,
 * parses, completes summaries from the article page, names and deduplicates items and publishes them.
 */
package io.newsflow.ingest.feed;
