package io.newsflow.enrich.dedup;

import org.apache.kafka.common.header.Headers;

/**
 * Headers dedup puts on news.enriched records. A branch that must count an article once (trends) skips
 * records carrying {@link #REPEAT}: the same id seen again, by a replay into the live application or a
 * new revision of the article.
 */
public final class DedupHeaders {
    public static final String REPEAT = "newsflow.dedup.repeat";

    private DedupHeaders() {}

    public static boolean isRepeat(Headers headers) {
        return headers != null && headers.lastHeader(REPEAT) != null;
    }
}
