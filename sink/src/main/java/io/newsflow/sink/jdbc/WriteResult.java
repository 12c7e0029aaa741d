package io.newsflow.sink.jdbc;

/**
 * What one batch changed, for logs, progress and the benchmark.
 *
 * @param articlesWritten article rows inserted or replaced
 * @param articlesKept arrivals ignored because the store already held a newer enrichment of them, or this one
 * @param entities entity rows upserted
 * @param mentions mention rows written
 * @param alerts alert rows upserted
 * @param trends trend rows upserted
 */
public record WriteResult(int articlesWritten, int articlesKept, int entities, int mentions, int alerts, int trends) {
    public static final WriteResult NONE = new WriteResult(0, 0, 0, 0, 0, 0);

    /** Rows the database wrote. */
    public int rows() {
        return articlesWritten + entities + mentions + alerts + trends;
    }

    public WriteResult plus(WriteResult other) {
        return new WriteResult(articlesWritten + other.articlesWritten, articlesKept + other.articlesKept,
                entities + other.entities, mentions + other.mentions, alerts + other.alerts, trends + other.trends);
    }
}
