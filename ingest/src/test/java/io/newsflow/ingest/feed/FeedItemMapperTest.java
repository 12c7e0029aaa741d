package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.identity.ArticleDraft;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedItemMapperTest {
    private static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");
    private final FeedParser parser = new FeedParser(new HtmlText(), new DateText(), new ObjectMapper());
    private final FeedItemMapper mapper = new FeedItemMapper(600);

    @Test
    void futureDatesAreClampedToFetchTimeAndMissingDatesFlagged() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("feed/future-and-missing-dates.xml"), null, "https://dates.example/rss");
        ArticleDraft future = mapper.draft(feed, feed.items().get(0), "https://dates.example/rss", FETCHED, "feed").orElseThrow();
        assertThat(future.publishedAt()).isEqualTo(FETCHED);
        assertThat(future.publishedAtEstimated()).isFalse();
        ArticleDraft missing = mapper.draft(feed, feed.items().get(1), "https://dates.example/rss", FETCHED, "feed").orElseThrow();
        assertThat(missing.publishedAt()).isEqualTo(FETCHED);
        assertThat(missing.publishedAtEstimated()).isTrue();
        assertThat(missing.source()).isEqualTo("Dates");
        assertThat(missing.feedUrl()).isEqualTo("https://dates.example/rss");
    }

    @Test
    void itemWithOnlyAShortSummaryNeedsFullTextOneWithContentDoesNot() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("feed/rss2-with-content-encoded.xml"), null, "https://news.example.com/rss");
        assertThat(mapper.needsFullText(feed.items().get(1))).isTrue();
        assertThat(new FeedItemMapper(10).needsFullText(feed.items().get(0))).isFalse();
        ArticleDraft full = mapper.draft(feed, feed.items().get(0), "https://news.example.com/rss", FETCHED, "feed").orElseThrow();
        assertThat(full.body()).startsWith("Ministers from forty countries signed a climate pact");
        assertThat(full.summary()).isEqualTo("Ministers from forty countries signed a pact.");
    }
}
