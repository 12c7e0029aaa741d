package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.Alert;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Lets each alert happen once. Candidates arrive keyed by their deterministic alert id (so every
 * candidate for one rule version and one story lands on the same task and store), and the store of
 * alerts already sent decides:
 * <ul>
 *   <li>first time: emit and remember;</li>
 *   <li>the same article again (a replay, a re-enrichment with a new enrichmentVersion): nothing, unless
 *       {@code realert};</li>
 *   <li>another article of the same story (a near-duplicate copy): count it once on the stored alert and
 *       emit the stored alert with the new {@code duplicateCount} and {@code countUpdate=true}, so stores
 *       upsert the count and delivery does not notify again.</li>
 * </ul>
 * An alert found in {@link PriorAlerts} (sent before this application existed: a replay's case) counts as
 * sent: it is neither sent again (unless {@code realert}, for its own article) nor counted again for copies,
 * which the earlier run has counted already.
 *
 * <p>Under exactly_once_v2 the store changelog and the emitted alert commit in one transaction: a crash
 * between "remember" and "emit" cannot lose or double an alert.
 */
final class OnceOnlyAlerts implements Processor<String, Alert, String, Alert> {
    private final String sentStoreName;
    private final String copiesStoreName;
    private static final String PRIOR_MARK = "|prior";

    private final boolean realert;
    private final PriorAlerts prior;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Alert> sent;
    private KeyValueStore<String, Long> copies;

    OnceOnlyAlerts(String sentStoreName, String copiesStoreName, boolean realert) {
        this(sentStoreName, copiesStoreName, realert, PriorAlerts.NONE);
    }

    OnceOnlyAlerts(String sentStoreName, String copiesStoreName, boolean realert, PriorAlerts prior) {
        this.sentStoreName = sentStoreName;
        this.copiesStoreName = copiesStoreName;
        this.realert = realert;
        this.prior = prior;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.sent = context.getStateStore(sentStoreName);
        this.copies = context.getStateStore(copiesStoreName);
    }

    @Override
    public void process(Record<String, Alert> record) {
        String alertId = record.key();
        Alert candidate = record.value();
        if (alertId == null || candidate == null) {
            return;
        }
        Alert previous = sent.get(alertId);
        if (previous == null) {
            Alert before = prior.find(alertId);
            if (before != null) {
                copies.put(alertId + PRIOR_MARK, record.timestamp());
                if (realert && before.getArticleId().equals(candidate.getArticleId())) {
                    Alert again = Alert.newBuilder(candidate).setDuplicateCount(before.getDuplicateCount()).build();
                    sent.put(alertId, again);
                    emit(record, again);
                } else {
                    sent.put(alertId, Alert.newBuilder(before).setCountUpdate(false).build());
                }
                return;
            }
            sent.put(alertId, candidate);
            emit(record, candidate);
            return;
        }
        if (previous.getArticleId().equals(candidate.getArticleId())) {
            if (realert) {
                Alert again = Alert.newBuilder(candidate).setDuplicateCount(previous.getDuplicateCount()).build();
                sent.put(alertId, again);
                emit(record, again);
            }
            return;
        }
        String copyKey = alertId + '|' + candidate.getArticleId();
        if (copies.get(copyKey) != null || copies.get(alertId + PRIOR_MARK) != null) {
            return;
        }
        copies.put(copyKey, record.timestamp());
        Alert counted = Alert.newBuilder(previous).setDuplicateCount(previous.getDuplicateCount() + 1).setCountUpdate(false).build();
        sent.put(alertId, counted);
        emit(record, Alert.newBuilder(counted).setCountUpdate(true).build());
    }

    private void emit(Record<String, Alert> record, Alert alert) {
        context.forward(record.withKey(alert.getRuleId()).withValue(alert));
    }
}
