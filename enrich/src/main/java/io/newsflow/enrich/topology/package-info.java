/**
 * The enrich Kafka Streams topology: news.raw is read, each article is analysed by the
 * {@link io.newsflow.enrich.ArticleEnricher}, passed through one dedup task (so copies under different
 * ids meet in one state store), published to news.enriched with its publication time as record
 * timestamp, and read back from there by the branches (alerts, trends) so they scale with the
 * partitions of news.enriched. A record that cannot be read or processed is sent to news.dlq with
 * {@link io.newsflow.schemas.topic.DeadLetterHeaders} saying why and where, and the application moves
 * on: one bad record never stops it.
 */
package io.newsflow.enrich.topology;
