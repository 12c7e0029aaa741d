package io.newsflow.sink.alert;

/**
 * An alert a webhook did not take, and why.
 *
 * @param envelope the alert and its source record
 * @param hook the webhook URL without its query string (which may hold a token)
 * @param reason one sentence for the dead-letter headers and the log
 * @param errorClass the class of the last error (an exception, or "HttpStatus" for a refused response)
 * @param attempts how many POSTs were tried
 */
public record DeliveryFailure(AlertEnvelope envelope, String hook, String reason, String errorClass, int attempts) {
}
