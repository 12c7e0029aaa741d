package io.newsflow.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.feed.PollOutcome;
import io.newsflow.schemas.avro.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class IntervalPolicyTest {
    private static final Duration MIN = Duration.ofMinutes(5);
    private static final Duration MAX = Duration.ofHours(2);
    private final IntervalPolicy policy = new IntervalPolicy(MIN, MAX, new Random());
    private static final Instant T = Instant.parse("2025-11-25T12:00:00Z");

    private static PollOutcome success(List<Instant> dates, int newItems, boolean notModified) {
        return new PollOutcome(FeedPoller.initialState("https://f.example/rss"), notModified, 0, 0, 0, null, null, dates, newItems);
    }

    private static PollOutcome failure(int failures, Duration retryAfter) {
        FeedState state = FeedPoller.initialState("https://f.example/rss");
        state.setConsecutiveFailures(failures);
        return new PollOutcome(state, false, 0, 0, 0, "Feed x: boom", retryAfter, List.of(), 0);
    }

    @RepeatedTest(20)
    void busyFeedIsPolledAtAboutHalfItsPublishingGapWithinBounds() {
        List<Instant> everyHour = List.of(T, T.minusSeconds(3600), T.minusSeconds(7200), T.minusSeconds(10800));
        Duration next = policy.next(success(everyHour, 1, false), MIN);
        assertThat(next).isBetween(Duration.ofMinutes(27), Duration.ofMinutes(33));
        List<Instant> everyMinute = List.of(T, T.minusSeconds(60), T.minusSeconds(120));
        assertThat(policy.next(success(everyMinute, 1, false), MIN)).isBetween(MIN, Duration.ofSeconds(330));
        List<Instant> everyWeek = List.of(T, T.minus(Duration.ofDays(7)), T.minus(Duration.ofDays(14)));
        assertThat(policy.next(success(everyWeek, 0, false), MIN)).isBetween(Duration.ofMinutes(108), MAX);
    }

    @RepeatedTest(20)
    void quietFeedWithoutDatesSlowsDownButNeverPastTheMaximum() {
        Duration next = policy.next(success(List.of(), 0, true), Duration.ofMinutes(10));
        assertThat(next).isBetween(Duration.ofMinutes(13), Duration.ofMinutes(17));
        assertThat(policy.next(success(List.of(), 0, true), MAX)).isBetween(Duration.ofMinutes(108), MAX);
    }

    @RepeatedTest(20)
    void failuresBackOffExponentiallyWithJitter() {
        assertThat(policy.next(failure(1, null), MIN)).isBetween(Duration.ofSeconds(225), Duration.ofSeconds(375));
        assertThat(policy.next(failure(3, null), MIN)).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(25));
        assertThat(policy.next(failure(30, null), MIN)).isEqualTo(MAX);
    }

    @Test
    void retryAfterIsAFloor() {
        assertThat(policy.next(failure(1, Duration.ofHours(1)), MIN)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterSpreadsFeedsThatFailedTogether() {
        var values = new java.util.HashSet<Duration>();
        for (int i = 0; i < 20; i++) {
            values.add(policy.next(failure(2, null), MIN));
        }
        assertThat(values.size()).isGreaterThan(10);
    }
}
