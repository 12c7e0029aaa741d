package io.newsflow.ingest.feed;

/**
 * A feed to poll, as the operator listed it.
 *
 * @param url the feed URL (or a site URL, resolved by discovery on first poll)
 * @param title the title the list gave it, or null
 */
public record FeedSubscription(String url, String title) {}
