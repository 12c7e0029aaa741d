package io.newsflow.sink.jdbc;

/** The store cannot be opened or used; the message names the database and what went wrong, in one sentence. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
