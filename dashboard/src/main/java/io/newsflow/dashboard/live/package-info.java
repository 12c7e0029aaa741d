/**
 * Where the live stream comes from. {@link io.newsflow.dashboard.live.LiveFeed} is the seam: the
 * in-process feed is called by the sink after each database commit (so the page shows an article
 * only once it can be opened and searched), the Kafka feed follows news.enriched and news.alerts for
 * a dashboard running apart from the sink. Both hand the same views the REST API returns to a
 * {@link io.newsflow.dashboard.live.LiveListener}.
 */
package io.newsflow.dashboard.live;
