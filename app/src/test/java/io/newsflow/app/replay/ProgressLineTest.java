package io.newsflow.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void showsDoneOfTotalRateAndEtaCountingOnlyThisRunsRecords() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        ProgressLine bar = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);
        bar.update(400, 1_000); // a resumed run: 400 were done before
        clock.set(2_000_000_000L);
        bar.update(600, 1_000);
        bar.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("60%").contains("600 of 1,000 records").contains("100/s").contains("ETA 0:04").endsWith(System.lineSeparator());
    }

    @Test
    void readsDaysAsMidnightUtcAndInstantsAsGiven() {
        assertThat(new ReplayInstant().convert("2026-10-01")).hasToString("2026-10-01T00:00:00Z");
        assertThat(new ReplayInstant().convert("2026-10-01T06:30:00Z")).hasToString("2026-10-01T06:30:00Z");
    }
}
