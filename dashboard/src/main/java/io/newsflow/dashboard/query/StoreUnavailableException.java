package io.newsflow.dashboard.query;

/** The database could not answer; the API turns it into 503 so the page says so instead of showing nothing. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
