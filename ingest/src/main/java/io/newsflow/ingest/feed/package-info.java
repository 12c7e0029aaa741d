/**
 * Feeds: what they look like (RSS 0.91 to 2.0 and Atom through Rome, JSON Feed 1.1 through Jackson),
 * how they are listed (OPML 2.0 or a file of URLs, on disk or by URL, and feed discovery from a page's
 * {@code <link rel="alternate">}: {@link io.newsflow.ingest.feed.FeedArguments}), how their bytes are decoded
 * (BOM, XML prolog, HTTP charset) and kept harmless (a DOCTYPE is cut out before any parser sees it, so its DTD
 * is ignored and no external entity or entity bomb it declares is ever expanded), and how a feed is polled: {@link io.newsflow.ingest.feed.FeedPoller} fetches,
 * parses, completes summaries from the article page, names and deduplicates items and publishes them.
 */
package io.newsflow.ingest.feed;
