/**
 * Commands of the sink stage: {@code newsflow sink} (the consumer that fills the store),
 * {@code newsflow export} (the store as JSON lines), {@code newsflow replay sink} (rebuild the store
 * from the topics) and {@code newsflow bench sink} (the store's write path against plain JDBC inserts).
 */
package io.newsflow.app.sink;
