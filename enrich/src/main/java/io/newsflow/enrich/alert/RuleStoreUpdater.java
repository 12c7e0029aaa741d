package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.AlertRule;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The processor of the global rules store: every instance reads all of news.alert-rules, keeps the
 * latest rule per id in the store and passes each change (a tombstone removes) to the {@link AlertMatcher}.
 * On start it hands the matcher whatever the store already holds, so the matcher is complete whether
 * Kafka Streams restored the store by replaying records through this processor or by loading it directly.
 */
final class RuleStoreUpdater implements Processor<String, AlertRule, Void, Void> {
    private final String storeName;
    private final AlertMatcher matcher;
    private KeyValueStore<String, AlertRule> store;

    RuleStoreUpdater(String storeName, AlertMatcher matcher) {
        this.storeName = storeName;
        this.matcher = matcher;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        try (KeyValueIterator<String, AlertRule> all = store.all()) {
            all.forEachRemaining(entry -> matcher.apply(entry.key, entry.value));
        }
    }

    @Override
    public void process(Record<String, AlertRule> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        matcher.apply(record.key(), record.value());
    }
}
