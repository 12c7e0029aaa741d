package io.newsflow.sink.alert;

import java.net.URI;

/**
 * Where and how one rule's alerts are POSTed.
 *
 * @param url the receiver
 * @param secretRef the name of its signing secret in the sink's configuration
 */
public record WebhookTarget(URI url, String secretRef) {
    /** The URL as safe to log and to put in dead-letter headers: no user info, no query. */
    public String display() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "") + url.getRawPath();
    }
}
