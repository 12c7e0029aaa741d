package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.Alert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Lets each alert happen once. Candidates arrive keyed by their deterministic alert id, in the one task
 * that sees every article (the dedup task), and the store of alerts already sent decides:
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
 *
 * <p>The stores are bounded by a retention (wall-clock age): every {@link #PURGE_INTERVAL} a punctuator
 * deletes the alerts sent ({@code alertedAt}) and the copies counted (when counted) longer ago than it.
 * Wall clock, not stream time: a replay of last year's articles alerts now, and its entries must live as
 * long as those of today's articles.
 */
final class OnceOnlyAlerts implements Processor<String, Alert, String, Alert> {
    /** Purges scan both stores whole; hourly keeps them close to the retention at a negligible cost. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final String PRIOR_MARK = "|prior";

    private final String sentStoreName;
    private final String copiesStoreName;
    private final boolean realert;
    private final PriorAlerts prior;
    private final Duration retention;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Alert> sent;
    private KeyValueStore<String, Long> copies;

    /** @param retention how long an alert sent and a copy counted are remembered (wall-clock age) */
    OnceOnlyAlerts(String sentStoreName, String copiesStoreName, boolean realert, PriorAlerts prior, Duration retention) {
        this.sentStoreName = sentStoreName;
        this.copiesStoreName = copiesStoreName;
        this.realert = realert;
        this.prior = prior;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.sent = context.getStateStore(sentStoreName);
        this.copies = context.getStateStore(copiesStoreName);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::purge);
    }

    /** Forgets alerts sent, and copies counted, longer than the retention before {@code now}. */
    private void purge(long now) {
        long horizon = now - retention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Alert> all = sent.all()) {
            while (all.hasNext()) {
                KeyValue<String, Alert> entry = all.next();
                if (entry.value == null || entry.value.getAlertedAt().toEpochMilli() < horizon) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(sent::delete);
        expired.clear();
        try (KeyValueIterator<String, Long> all = copies.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value == null || entry.value < horizon) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(copies::delete);
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
                copies.put(alertId + PRIOR_MARK, context.currentSystemTimeMs());
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
        copies.put(copyKey, context.currentSystemTimeMs());
        Alert counted = Alert.newBuilder(previous).setDuplicateCount(previous.getDuplicateCount() + 1).setCountUpdate(false).build();
        sent.put(alertId, counted);
        emit(record, Alert.newBuilder(counted).setCountUpdate(true).build());
    }

    private void emit(Record<String, Alert> record, Alert alert) {
        context.forward(record.withKey(alert.getRuleId()).withValue(alert));
    }
}
