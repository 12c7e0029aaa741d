package io.newsflow.sink.consume;

import io.newsflow.sink.jdbc.StoreBatch;
import io.newsflow.sink.jdbc.WriteResult;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Told what the sink has durably stored. In one process ({@code newsflow run}) this is how the live
 * dashboard learns of new rows without polling the database, and how {@code --once} knows the
 * articles it produced are stored. Called on the sink's thread: return quickly.
 */
public interface SinkListener {
    SinkListener NONE = new SinkListener() {
    };

    /**
     * A batch is in the database and its offsets are committed.
     *
     * @param batch the records of the batch as written (dead letters excluded)
     * @param result what the database changed
     * @param nextOffsets per partition, the offset after the last record of the batch
     */
    default void onStored(StoreBatch batch, WriteResult result, Map<TopicPartition, Long> nextOffsets) {
    }

    /** The database became unreachable ({@code down = true}) or reachable again. */
    default void onStoreAvailability(boolean down, String reason) {
    }
}
