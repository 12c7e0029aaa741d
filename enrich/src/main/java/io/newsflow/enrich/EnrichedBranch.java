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
     * @param enriched enriched articles keyed by article id, duplicates included (check duplicateOf)
     */
    void attach(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched);
}
