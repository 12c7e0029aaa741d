package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.RawArticle;

/**
 * Where identified, deduplicated articles go. The Kafka producer in production; a list in tests, so
 * that readers and pollers are tested without a broker.
 */
public interface ArticleSink extends AutoCloseable {
    /** Sends asynchronously; a failure shows up in {@link #flush()}, never silently. */
    void publish(RawArticle article);

    /** Waits for every send so far and reports the totals since this sink was created. */
    DeliveryReport flush();

    @Override
    void close();
}
