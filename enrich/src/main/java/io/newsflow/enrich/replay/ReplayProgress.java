package io.newsflow.enrich.replay;

/** Told about twice a second how far a replay is, for a progress bar (records done of total, rate, ETA). */
@FunctionalInterface
public interface ReplayProgress {
    ReplayProgress NONE = (done, total) -> {
    };

    /**
     * @param done news.raw records of the range committed so far (a resumed run's earlier part included)
     * @param total news.raw records between the start and end offsets of the range
     */
    void update(long done, long total);
}
