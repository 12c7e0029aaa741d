package io.newsflow.sink.replay;

/** Told after every stored batch how far a replay is, for a progress bar (done of total, rate, ETA). */
@FunctionalInterface
public interface ReplayProgress {
    ReplayProgress NONE = (done, total) -> {
    };

    /**
     * @param done records consumed and committed so far in this range
     * @param total records in the range (from the start offsets to the end offsets captured at start)
     */
    void update(long done, long total);
}
