package io.newsflow.dashboard.http;

/** A request the API refuses, with the status and the one sentence the client gets as {@code {"error": ...}}. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
