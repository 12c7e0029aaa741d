package io.newsflow.ingest.state;

import io.newsflow.schemas.avro.FeedState;

/**
 * Where feed state is kept between polls and across restarts: news.feed-state in production, a map
 * in tests and in {@code --once} runs without state.
 */
public interface FeedStateStore extends AutoCloseable {
    /** Stores the latest state of one feed (asynchronously; failures are logged and counted). */
    void save(FeedState state);

    @Override
    void close();
}
