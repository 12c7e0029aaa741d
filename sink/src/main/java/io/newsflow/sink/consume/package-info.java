/**
 * From topics to the store: the consumer loop writes each poll as one database transaction and
 * commits offsets only after the database has committed, pauses while the database is down, and sets
 * records it cannot store aside on the dead-letter topic. Kafka's consumer is injected, so the loop is
 * specified with {@code MockConsumer} as well as against a broker.
 */
package io.newsflow.sink.consume;
