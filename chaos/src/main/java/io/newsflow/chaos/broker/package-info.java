/**
 * The broker-restart scenario: the broker goes down and comes back on the same data directory while
 * ingest publishes; idempotence and checked send callbacks must leave every article exactly once.
 */
package io.newsflow.chaos.broker;
