package io.newsflow.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressBarTest {
    @Test
    void showsPercentRateAndEtaOnceALoadLastsMoreThanASecond() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong nanos = new AtomicLong();
        TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get);
        bar.started(1000, 4);
        nanos.set(500_000_000L);
        bar.progressed(100, 10);
        assertThat(bytes.size()).as("quiet during the first second").isZero();
        nanos.set(2_000_000_000L);
        bar.progressed(250, 50);
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line).contains(" 25%").contains("50 articles").contains("25/s").contains("ETA 00:06");
        bar.finished();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
    }
}
