package io.newsflow.enrich.trend;

import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.dedup.DedupHeaders;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityTrend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts, per entity, the articles that mention it and their mentions in event-time windows (see
 * {@link TrendWindow}), each article once: duplicates ({@code duplicateOf} set) and repeats of an id
 * already counted are skipped. Results go to news.entity-trends and to the window stores the
 * {@link TrendQueries} read.
 */
public final class EntityTrendsBranch implements EnrichedBranch {
    public static final String FILTER = "trends-originals";
    public static final String MENTIONS = "trends-mentions";
    public static final String REPARTITION = "trends-by-entity";

    private final String trendsTopic;
    private final Serde<EntityTrend> serde;
    private final Duration grace;

    /**
     * @param trendsTopic news.entity-trends
     * @param grace how long after a window's end (in stream time) an article still counts
     */
    public EntityTrendsBranch(String trendsTopic, Serde<EntityTrend> serde, Duration grace) {
        this.trendsTopic = trendsTopic;
        this.serde = serde;
        this.grace = grace;
    }

    @Override
    public void attach(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched) {
        KGroupedStream<String, EntityTrend> byEntity = enriched
                .processValues(OriginalsOnly::new, Named.as(FILTER))
                .flatMap((id, article) -> perEntity(article), Named.as(MENTIONS))
                .groupByKey(Grouped.with(REPARTITION, Serdes.String(), serde));
        for (TrendWindow window : TrendWindow.values()) {
            byEntity.windowedBy(window.windows(grace))
                    .reduce(EntityTrendsBranch::add, Named.as("trends-count-" + window.kind()),
                            Materialized.<String, EntityTrend, WindowStore<Bytes, byte[]>>as(window.storeName())
                                    .withKeySerde(Serdes.String())
                                    .withValueSerde(serde)
                                    .withRetention(window.retention(grace)))
                    .toStream(Named.as("trends-changes-" + window.kind()))
                    .map((windowed, trend) -> KeyValue.pair(
                            window.key(windowed.key(), windowed.window().start()),
                            EntityTrend.newBuilder(trend)
                                    .setWindow(window.kind())
                                    .setWindowStart(Instant.ofEpochMilli(windowed.window().start()))
                                    .setWindowEnd(Instant.ofEpochMilli(windowed.window().end()))
                                    .build()),
                            Named.as("trends-keys-" + window.kind()))
                    .to(trendsTopic, Produced.with(Serdes.String(), serde).withName("trends-sink-" + window.kind()));
        }
    }

    /** One partial trend per entity of the article: one article, its mentions, its tone. */
    static List<KeyValue<String, EntityTrend>> perEntity(EnrichedArticle article) {
        List<KeyValue<String, EntityTrend>> out = new ArrayList<>(article.getEntities().size());
        for (Entity entity : article.getEntities()) {
            out.add(KeyValue.pair(entity.getId(), EntityTrend.newBuilder()
                    .setEntityId(entity.getId())
                    .setName(entity.getName())
                    .setType(entity.getType())
                    .setWindow("")
                    .setWindowStart(Instant.EPOCH)
                    .setWindowEnd(Instant.EPOCH)
                    .setArticles(1)
                    .setMentions(entity.getMentions())
                    .setToneSum(entity.getTone() == null ? 0.0 : entity.getTone())
                    .build()));
        }
        return out;
    }

    static EntityTrend add(EntityTrend total, EntityTrend next) {
        return EntityTrend.newBuilder(total)
                .setName(next.getName())
                .setType(next.getType())
                .setArticles(total.getArticles() + next.getArticles())
                .setMentions(total.getMentions() + next.getMentions())
                .setToneSum(total.getToneSum() + next.getToneSum())
                .build();
    }

    /** Lets through articles that count: first of their story, and not an id counted before. */
    private static final class OriginalsOnly implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
        private FixedKeyProcessorContext<String, EnrichedArticle> context;

        @Override
        public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, EnrichedArticle> record) {
            EnrichedArticle article = record.value();
            if (article != null && article.getDuplicateOf() == null && !DedupHeaders.isRepeat(record.headers())) {
                context.forward(record);
            }
        }
    }
}
