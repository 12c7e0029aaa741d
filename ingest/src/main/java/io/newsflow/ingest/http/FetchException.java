package io.newsflow.ingest.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A fetch that failed, with a kind the scheduler acts on (back off, honour Retry-After) and a message
 * that names the URL and becomes the feed's health error.
 */
public final class FetchException extends Exception {
    /** Why the fetch failed. */
    public enum Kind { TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS, REDIRECT_LOOP, BLOCKED_ADDRESS, HTTP_STATUS, RATE_LIMITED, IO }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public FetchException(Kind kind, String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FetchException(Kind kind, String message) {
        this(kind, message, 0, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status for HTTP_STATUS and RATE_LIMITED, else 0. */
    public int status() {
        return status;
    }

    /** The server's Retry-After, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
