package io.newsflow.sink.jdbc;

import java.sql.SQLException;

/**
 * Where the sink's consumer loop puts a batch. The store's {@link StoreWriter} is the one
 * implementation; the seam lets the loop's pause-and-retry logic be specified without a database.
 */
public interface BatchWriter {
    /** Writes the batch in one transaction, or nothing of it. */
    WriteResult write(StoreBatch batch) throws SQLException;

    /** Whether the database answers right now: tells an outage (retry) from a bad record (set aside). */
    boolean reachable();
}
