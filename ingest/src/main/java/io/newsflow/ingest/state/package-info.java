/**
 * Feed state: validators, schedule, health and the items already published, per feed, kept in the
 * compacted topic news.feed-state (key = feed URL) so that a restarted or moved ingest resumes where
 * it was and does not republish. The topic's partitions also divide the feed list between instances:
 * a feed belongs to the instance whose consumer-group member owns the partition of its URL.
 */
package io.newsflow.ingest.state;
