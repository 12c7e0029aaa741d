/**
 * The {@code newsflow enrich} command: runs the enrich stage as its own process against a configured
 * Kafka cluster and Schema Registry, one more instance of the Streams application each time it is
 * started (scale out by partitions and instances).
 */
package io.newsflow.app.enrich;
