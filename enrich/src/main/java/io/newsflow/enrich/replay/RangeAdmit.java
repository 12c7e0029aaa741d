package io.newsflow.enrich.replay;

import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The admit step of a replay: keeps the raw records stamped inside the range and marks them with the
 * replay header, which rides through enrichment and dedup to news.enriched, where it tells the live
 * branches to look away and this replay's branches to count.
 */
final class RangeAdmit implements FixedKeyProcessorSupplier<String, RawArticle, RawArticle> {
    private final ReplayRange range;
    private final byte[] replayId;
    private final ReplayCounters counters;

    RangeAdmit(ReplayRange range, String replayId, ReplayCounters counters) {
        this.range = range;
        this.replayId = replayId.getBytes(StandardCharsets.UTF_8);
        this.counters = counters;
    }

    @Override
    public FixedKeyProcessor<String, RawArticle, RawArticle> get() {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, RawArticle> context;

            @Override
            public void init(FixedKeyProcessorContext<String, RawArticle> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, RawArticle> record) {
                if (record.value() == null || !range.contains(record.timestamp())) {
                    counters.skipped.incrementAndGet();
                    return;
                }
                counters.admitted.incrementAndGet();
                RecordHeaders headers = new RecordHeaders(record.headers().toArray());
                headers.remove(EnrichTopology.REPLAY_HEADER);
                headers.add(EnrichTopology.REPLAY_HEADER, replayId);
                context.forward(record.withHeaders(headers));
            }
        };
    }
}
