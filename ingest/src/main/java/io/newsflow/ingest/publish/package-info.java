/**
 * Publishing raw articles: the idempotent Kafka producer (key = article id, record timestamp =
 * publication time, every send acknowledged or counted as failed) and the deduplicator that decides,
 * before anything is sent, whether an article is new, a duplicate of what was already published, or
 * a new revision of it.
 */
package io.newsflow.ingest.publish;
