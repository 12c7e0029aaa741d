package io.newsflow.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.config.Settings;
import io.newsflow.ingest.FeedIngest;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.feed.FeedSubscription;
import io.newsflow.ingest.feed.Fixtures;
import io.newsflow.ingest.http.LocalHttpServer;
import io.newsflow.ingest.publish.ListSink;
import io.newsflow.ingest.state.InMemoryFeedStateStore;
import io.newsflow.schemas.avro.FeedState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedSchedulerTest {
    @Test
    void continuousModePollsDueFeedsSavesStateAndSkipsFeedsNotYetDue() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.serve("/a", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-a.xml"));
            server.serve("/b", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-b.xml"));
            server.serve("/later", "application/rss+xml", Fixtures.bytes("feed/revision-v1.xml"));
            ListSink sink = new ListSink();
            InMemoryFeedStateStore store = new InMemoryFeedStateStore();
            IngestConfig config = IngestConfig.from(Settings.empty().with(Map.of("ingest.host.delay", "0ms", "ingest.concurrency", "2"), "t"));
            try (FeedIngest ingest = FeedIngest.create(config, sink, store, new SimpleMeterRegistry(), "t", Clock.systemUTC())) {
                FeedState notDue = FeedState.newBuilder(io.newsflow.ingest.feed.FeedPoller.initialState(server.url("/later")))
                        .setNextPollAt(Instant.now().plus(Duration.ofHours(1))).build();
                ingest.scheduler().add(new FeedSubscription(server.url("/a"), null), null);
                ingest.scheduler().add(new FeedSubscription(server.url("/b"), null), null);
                ingest.scheduler().add(new FeedSubscription(server.url("/later"), null), notDue);
                ingest.scheduler().start();
                await().atMost(Duration.ofSeconds(30)).until(() -> store.all().size() == 2);
                FeedState a = store.get(server.url("/a")).orElseThrow();
                assertThat(a.getNextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(4)));
                assertThat(a.getIntervalSeconds()).isBetween(300L, 7200L);
                assertThat(server.count("/later")).isZero();
                assertThat(sink.articles).hasSize(2);
            }
        }
    }
}
