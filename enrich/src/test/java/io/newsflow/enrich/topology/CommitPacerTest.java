package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommitPacerTest {
    private final CommitPacer pacer = new CommitPacer(Duration.ofMillis(50), Duration.ofSeconds(1));

    @Test
    void commitsAtTheMinimumWithNothingQueued() {
        pacer.observe(0, 40);
        assertThat(pacer.intervalMs()).isEqualTo(50);
    }

    @Test
    void growsToAQuarterOfTheQueueWait() {
        pacer.observe(80, 40); // 2 s of queue: commit every 500 ms
        assertThat(pacer.intervalMs()).isEqualTo(500);
    }

    @Test
    void staysWithinItsBounds() {
        pacer.observe(4, 400); // 10 ms of queue
        assertThat(pacer.intervalMs()).isEqualTo(50);
        pacer.observe(100_000, 40);
        assertThat(pacer.intervalMs()).isEqualTo(1000);
    }

    @Test
    void returnsToTheMinimumOnceTheBacklogIsGone() {
        pacer.observe(1000, 40);
        pacer.observe(0, 40);
        assertThat(pacer.intervalMs()).isEqualTo(50);
    }

    @Test
    void aBacklogNothingConsumesYetWaitsTheLongest() {
        pacer.observe(10, 0);
        assertThat(pacer.intervalMs()).isEqualTo(1000);
    }

    @Test
    void aFixedPacerNeverGrows() {
        CommitPacer fixed = CommitPacer.fixed(Duration.ofMillis(200));
        fixed.observe(100_000, 1);
        assertThat(fixed.paced()).isFalse();
        assertThat(fixed.intervalMs()).isEqualTo(200);
    }

    @Test
    void rejectsBoundsInTheWrongOrder() {
        assertThatThrownBy(() -> new CommitPacer(Duration.ofSeconds(1), Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
