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
 * Those past windows are produced by a replay: a bounded run of the same topology with its own
 * application id, hence fresh state whose stream time starts at the oldest replayed article, and a
 * grace wide enough for the replay's spread (see {@link io.newsflow.enrich.EnrichConfig#forReplay}).
 * It writes the complete windows of that period to news.entity-trends under the same keys, where the
 * latest record for a key wins.
 */
package io.newsflow.enrich.trend;
