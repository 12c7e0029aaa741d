/**
 * When each feed is polled: an interval that adapts to how often the feed publishes (within the
 * configured bounds), exponential backoff with jitter after failures, Retry-After honoured, and the
 * scheduler that runs due feeds on a bounded pool of workers and saves each feed's state after each
 * poll.
 */
package io.newsflow.ingest.schedule;
