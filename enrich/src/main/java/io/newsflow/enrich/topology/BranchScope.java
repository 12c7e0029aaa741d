package io.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Lets the branches see only the enriched records of their own run. news.enriched holds the output of
 * the live application and of every replay; counting or alerting on another run's records would double
 * count trends and consult the wrong once-only store.
 */
final class BranchScope<V> implements FixedKeyProcessor<String, V, V> {
    private final byte[] replayId;
    private FixedKeyProcessorContext<String, V> context;

    /** @param replayId null for the live application */
    BranchScope(String replayId) {
        this.replayId = replayId == null ? null : replayId.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        Header header = record.headers().lastHeader(EnrichTopology.REPLAY_HEADER);
        boolean ours = replayId == null ? header == null
                : header != null && Arrays.equals(header.value(), replayId);
        if (ours) {
            context.forward(record);
        }
    }
}
