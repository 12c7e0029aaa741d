package io.newsflow.dashboard;

/** The dashboard could not start (store unreachable, port taken); the message is one sentence a user can act on. */
public final class DashboardStartException extends RuntimeException {
    public DashboardStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
