package io.newsflow.app.bench.e2e;

import io.newsflow.enrich.topology.CommitPacer;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.Topics;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Baseline A, the transport limit: raw to enriched with the same registry serdes and (run through
 * {@code EnrichService}) the same exactly_once_v2 configuration as enrich, but no analysis at all. The
 * enriched article is built trivially from the raw one, so what it measures is what Kafka, Avro and
 * transactions cost on their own.
 */
final class PassThroughTopology {
    private PassThroughTopology() {
    }

    static Topology build(Topics topics, NewsflowSerdes serdes) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.raw(), Consumed.with(Serdes.String(), serdes.rawArticle()))
                .processValues(CommitPacer.<String, RawArticle>step()) // the same commit interval as enrich
                .mapValues(PassThroughTopology::trivially)
                .to(topics.enriched(), Produced.with(Serdes.String(), serdes.enrichedArticle()));
        return builder.build();
    }

    static EnrichedArticle trivially(RawArticle raw) {
        return EnrichedArticle.newBuilder()
                .setId(raw.getId()).setUrl(raw.getUrl()).setTitle(raw.getTitle()).setBody(raw.getBody())
                .setSummary(raw.getSummary()).setSource(raw.getSource()).setFeedUrl(raw.getFeedUrl())
                .setAuthors(raw.getAuthors()).setCategories(raw.getCategories()).setPublishedAt(raw.getPublishedAt())
                .setRevision(raw.getRevision()).setContentHash(raw.getContentHash()).setEnrichmentVersion(1)
                .setEnrichedAt(Instant.now()).setLanguage("und").build();
    }
}
