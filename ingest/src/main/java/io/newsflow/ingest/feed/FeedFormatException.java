package io.newsflow.ingest.feed;

/**
 * A feed that cannot be read: malformed XML or JSON, an entity only its (ignored) DOCTYPE declares, an HTML page
 * served as a feed, an
 * empty body, bytes that are not in the declared encoding. The message is one sentence naming the
 * feed; it becomes the feed's health error, and no other feed is affected.
 */
public final class FeedFormatException extends Exception {
    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
