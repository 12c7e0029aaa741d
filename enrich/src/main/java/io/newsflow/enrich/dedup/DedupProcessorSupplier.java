package io.newsflow.enrich.dedup;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Gives the topology the dedup processor together with its three changelogged stores, so whoever
 * attaches dedup cannot forget a store.
 */
public final class DedupProcessorSupplier implements FixedKeyProcessorSupplier<String, EnrichedArticle, EnrichedArticle> {
    /** Article id -> what was seen of it and the decision taken. */
    public static final String ARTICLES_STORE = "dedup-articles";
    /** Content hash -> id of the first article with that content. */
    public static final String CONTENT_STORE = "dedup-content";
    /** SimHash band -> the articles (id, hash, time; newest last) whose hash has that band. */
    public static final String BANDS_STORE = "dedup-bands";

    private final DedupPolicy policy;

    public DedupProcessorSupplier(DedupPolicy policy) {
        this.policy = policy;
    }

    @Override
    public FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> get() {
        return new DedupProcessor(policy, new SimHash());
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE), Serdes.String(), SeenArticle.serde()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTENT_STORE), Serdes.String(), Serdes.String()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BANDS_STORE), Serdes.String(), Serdes.String()));
    }
}
