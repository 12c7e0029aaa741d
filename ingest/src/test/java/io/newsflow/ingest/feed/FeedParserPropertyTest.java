package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import io.newsflow.testkit.RandomInputs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded samples from {@link RandomInputs}: a failure names the seed that replays it. */
class FeedParserPropertyTest {
    private static final List<String> REAL_FEEDS = List.of("feed/rss2-with-content-encoded.xml",
            "feed/atom-1.0-entry-with-html-content.xml", "feed/json-feed-1.1.json", "feed/rss-1.0-rdf.xml");
    private final FeedParser parser = new FeedParser(new HtmlText(), new DateText(), new ObjectMapper());

    @Test
    void anyBytesGiveAFeedOrAFeedFormatException() {
        RandomInputs.forSamples(0x5EED_0301L, 500, (sample, in) -> assertParsesOrRejects(in.bytes(400)));
    }

    @Test
    void mutatedRealFeedsGiveAFeedOrAFeedFormatException() {
        RandomInputs.forSamples(0x5EED_0302L, 500, (sample, in) -> {
            String text = new String(Fixtures.bytes(in.pick(REAL_FEEDS)), StandardCharsets.UTF_8);
            assertParsesOrRejects(in.insert(text, "<>&;\"'{}[]/!-?x ", 10).getBytes(StandardCharsets.UTF_8));
        });
    }

    private void assertParsesOrRejects(byte[] bytes) {
        try {
            ParsedFeed feed = parser.parse(bytes, null, "https://p.example/feed");
            assertThat(feed.items().size()).isLessThanOrEqualTo(bytes.length);
            feed.items().forEach(i -> assertThat(i.title()).isNotNull());
        } catch (FeedFormatException e) {
            assertThat(e.getMessage()).startsWith("Feed https://p.example/feed ").hasSizeLessThan(1000);
        }
    }
}
