package io.newsflow.dashboard.live;

/**
 * A source of articles and alerts as they arrive, for the page's server-sent events. The dashboard
 * does not care whether they come from the sink in the same process or from Kafka; it starts the
 * feed once with its listener and closes it on shutdown.
 */
public interface LiveFeed extends AutoCloseable {
    /** Begins delivering to {@code listener}; called once. */
    void start(LiveListener listener);

    /** Stops delivering and releases threads and connections; idempotent. */
    @Override
    void close();
}
