/**
 * Entity trends: per-entity article and mention counts in event-time windows (1-minute tumbling,
 * 1-hour hopping by 5 minutes), published to news.entity-trends and kept in queryable window stores
 * that an HTTP endpoint reads across every instance of enrich.
 *
 * <p><b>Late and historical articles.</b> Windows close when <em>stream time</em> (the largest
 * publication time the aggregation task has seen) passes their end plus the grace period
 * ({@code enrich.trends.grace}). A live application therefore counts an article published a little
 * late, but drops from trends (not from news.enriched) an article older than its stream time minus
 * the grace: loading a month of archives into a running pipeline does not corrupt current windows.
 * The default grace is 24 hours because order by publication time is weak in practice: feeds deliver
 * articles hours after their publication time, and the partitions of news.raw are enriched
 * independently, so a backlog reaches the trend tasks interleaved (an integration test with a 10-minute
 * grace lost articles that way). Windows are emitted on every update, not held back until they close,
 * so a long grace costs only store space (about a day of 1-minute windows per active entity).
 * Those past windows are produced by a replay: a bounded run of the same topology with its own
 * application id, hence fresh state whose stream time starts at the oldest replayed article, and a
 * grace at least as long as the replayed range, so that no article of the range is late whatever the
 * interleaving of partitions (see {@link io.newsflow.enrich.EnrichConfig#forReplay}).
 * It writes the complete windows of that period to news.entity-trends under the same keys, where the
 * latest record for a key wins.
 */
package io.newsflow.enrich.trend;
