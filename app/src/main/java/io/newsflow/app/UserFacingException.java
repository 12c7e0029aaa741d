package io.newsflow.app;

/** A failure the user can act on (a service unreachable, an input unusable); its message is the whole report. */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
