package io.newsflow.enrich.trend;

/**
 * The trends cannot be answered right now (a rebalance moved the stores, another instance did not
 * answer); the endpoint turns it into 503 so a caller retries instead of trusting a partial answer.
 */
public final class TrendsUnavailableException extends RuntimeException {
    public TrendsUnavailableException(String message) {
        super(message);
    }

    public TrendsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
