/**
 * The crash scenario: enrich runs in a child JVM that is killed with SIGKILL at random moments while
 * it works, then restarted; exactly-once processing must leave each article once in news.enriched,
 * exactly the produced number in the store, and no alert twice.
 */
package io.newsflow.chaos.crash;
