package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.junit.jupiter.api.Test;

/** The pacer's step: when it asks Streams to commit, and that without a pacer it only passes records on. */
class CommitPacerStepTest {
    private final Map<String, Object> appConfigs = new HashMap<>();
    private final List<Object> forwarded = new ArrayList<>();
    private final List<Punctuator> punctuators = new ArrayList<>();
    private int commits;

    @Test
    void asksForACommitOnceTheIntervalHasPassedAndSomethingWasForwarded() {
        CommitPacer pacer = new CommitPacer(Duration.ofMillis(50), Duration.ofSeconds(1));
        appConfigs.put(CommitPacer.CONFIG, pacer);
        FixedKeyProcessor<String, String, String> step = started();

        punctuators.get(0).punctuate(50);
        assertThat(commits).as("nothing forwarded, nothing to commit").isZero();

        step.process(record("a"));
        punctuators.get(0).punctuate(100);
        assertThat(commits).isEqualTo(1);
        assertThat(forwarded).hasSize(1);

        pacer.observe(80, 40); // 2 s of queue: every 500 ms
        step.process(record("b"));
        punctuators.get(0).punctuate(150);
        punctuators.get(0).punctuate(550);
        assertThat(commits).as("a backlog: the step waits its longer interval").isEqualTo(1);
        punctuators.get(0).punctuate(600);
        assertThat(commits).isEqualTo(2);
    }

    @Test
    void withoutAPacerItOnlyPassesRecordsOn() {
        FixedKeyProcessor<String, String, String> step = started();
        step.process(record("a"));
        assertThat(forwarded).hasSize(1);
        assertThat(punctuators).isEmpty();
        assertThat(commits).isZero();
    }

    @Test
    void aFixedPacerLeavesTheCommitsToStreams() {
        appConfigs.put(CommitPacer.CONFIG, CommitPacer.fixed(Duration.ofMillis(200)));
        started().process(record("a"));
        assertThat(punctuators).isEmpty();
    }

    private FixedKeyProcessor<String, String, String> started() {
        FixedKeyProcessor<String, String, String> step = CommitPacer.<String, String>step().get();
        step.init(context());
        return step;
    }

    private static FixedKeyRecord<String, String> record(String value) {
        // FixedKeyRecord has no public constructor: the test reaches it as Streams' own code does.
        try {
            var constructor = FixedKeyRecord.class.getDeclaredConstructor(Object.class, Object.class,
                    long.class, org.apache.kafka.common.header.Headers.class);
            constructor.setAccessible(true);
            @SuppressWarnings("unchecked")
            FixedKeyRecord<String, String> record = (FixedKeyRecord<String, String>) constructor.newInstance(value, value, 0L,
                    new RecordHeaders());
            return record;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Just the context calls the step makes; any other call fails the test. */
    @SuppressWarnings("unchecked")
    private FixedKeyProcessorContext<String, String> context() {
        return (FixedKeyProcessorContext<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FixedKeyProcessorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "appConfigs" -> appConfigs;
                    case "currentSystemTimeMs" -> 0L;
                    case "schedule" -> {
                        punctuators.add((Punctuator) args[2]);
                        yield null;
                    }
                    case "forward" -> forwarded.add(args[0]);
                    case "commit" -> {
                        commits++;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
