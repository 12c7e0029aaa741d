package io.newsflow.enrich.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayRangeTest {
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void includesItsStartAndExcludesItsEnd() {
        ReplayRange range = new ReplayRange(FROM, TO);
        assertThat(range.contains(FROM.toEpochMilli())).isTrue();
        assertThat(range.contains(TO.toEpochMilli() - 1)).isTrue();
        assertThat(range.contains(TO.toEpochMilli())).isFalse();
        assertThat(range.contains(FROM.toEpochMilli() - 1)).isFalse();
        assertThat(new ReplayRange(FROM, null).contains(Long.MAX_VALUE)).isTrue();
    }

    @Test
    void sameRequestSameApplicationIdSoAnInterruptedReplayResumes() {
        ReplayRange range = new ReplayRange(FROM, TO);
        String id = range.applicationId("newsflow-enrich", 2, "news.raw");
        assertThat(id).startsWith("newsflow-enrich-replay-v2-").matches("[a-zA-Z0-9._-]+");
        assertThat(new ReplayRange(FROM, TO).applicationId("newsflow-enrich", 2, "news.raw")).isEqualTo(id);
        assertThat(range.applicationId("newsflow-enrich", 3, "news.raw")).isNotEqualTo(id);
        assertThat(new ReplayRange(FROM, null).applicationId("newsflow-enrich", 2, "news.raw")).isNotEqualTo(id);
    }

    @Test
    void graceCoversTheWholeRangeSoNoArticleOfItIsLate() {
        assertThat(new ReplayRange(FROM, TO).grace(Instant.now())).isEqualTo(Duration.ofDays(31));
        assertThat(new ReplayRange(FROM, FROM.plusSeconds(60)).grace(Instant.now())).isEqualTo(Duration.ofDays(1));
        assertThat(new ReplayRange(FROM, null).grace(FROM.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void rejectsAnEndBeforeItsStart() {
        assertThatThrownBy(() -> new ReplayRange(TO, FROM)).hasMessageContaining("must be after its start");
    }
}
