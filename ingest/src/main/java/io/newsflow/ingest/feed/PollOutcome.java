package io.newsflow.ingest.feed;

import io.newsflow.schemas.avro.FeedState;
import java.time.Duration;
import java.util.List;

/**
 * What one poll of one feed did.
 *
 * @param state the feed's new state (validators, health, published items), schedule not yet set
 * @param notModified the server answered 304
 * @param error the health error, or null on success
 * @param retryAfter what the server asked us to wait (429/503), or null
 * @param itemDates publication times of the feed's dated items, for the adaptive interval
 */
public record PollOutcome(FeedState state, boolean notModified, int published, int duplicates, int revisions,
                          String error, Duration retryAfter, List<java.time.Instant> itemDates, int newItems) {
    public boolean failed() {
        return error != null;
    }
}
