/**
 * The sink stage: consumes news.enriched, news.alerts and news.entity-trends (read_committed) and
 * stores them idempotently in SQLite or PostgreSQL. {@link io.newsflow.sink.SinkConfig} is its typed
 * configuration, {@link io.newsflow.sink.SinkService} the running consumer. The subpackages are the
 * store itself ({@code jdbc}), the consumer loop that feeds it ({@code consume}), reading it back
 * ({@code export}), rebuilding it from the topics ({@code replay}), and alert delivery ({@code alert}).
 */
package io.newsflow.sink;
