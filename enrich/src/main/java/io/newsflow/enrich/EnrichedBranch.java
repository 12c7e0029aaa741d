package io.newsflow.enrich;

import io.newsflow.schemas.avro.EnrichedArticle;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

/**
 * A branch of the enrich topology fed by the stream of enriched articles (alert matching, entity
 * trends). The topology builder attaches every branch it is given, so a branch is added without
 * touching the main path.
 */
public interface EnrichedBranch {
    /**
     * @param builder the builder of the enrich topology
     * @param enriched enriched articles keyed by article id, duplicates included (check duplicateOf), only
     *     those of this run (the live application's or one replay's)
     */
    void attach(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched);

    /**
     * Whether the branch runs in line: on the deduplicated stream inside the single dedup task, in the
     * same transaction that publishes the article to news.enriched. That saves the read-back hop (a commit
     * interval plus a fetch under exactly-once) and lets the branch keep one store that sees every copy of
     * a story, at the price of running on one stream thread. Default: false, the branch reads
     * news.enriched back and scales with its partitions.
     */
    default boolean inline() {
        return false;
    }
}
