/**
 * Commands of the sink stage: {@code newsflow sink} (the consumer that fills the store),
 * {@code newsflow export} (the store as JSON lines) and {@code newsflow bench sink} (the store's write
 * path against plain JDBC inserts). {@code newsflow replay sink} lives with the other replay commands
 * and drives {@link io.newsflow.sink.replay.StoreReplay}.
 */
package io.newsflow.app.sink;
