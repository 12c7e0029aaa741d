/**
 * Rebuilding the store from the topics for a time range ({@code newsflow replay sink}): the sink's
 * own loop, bounded by the end offsets seen at start, under a consumer group of its own, resumable.
 */
package io.newsflow.sink.replay;
