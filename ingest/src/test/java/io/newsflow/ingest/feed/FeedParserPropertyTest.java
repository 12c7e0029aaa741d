package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class FeedParserPropertyTest {
    private final FeedParser parser = new FeedParser(new HtmlText(), new DateText(), new ObjectMapper());

    @Property(tries = 500)
    void anyBytesGiveAFeedOrAFeedFormatException(@ForAll @Size(max = 400) byte[] bytes) {
        assertParsesOrRejects(bytes);
    }

    @Property(tries = 500)
    void mutatedRealFeedsGiveAFeedOrAFeedFormatException(@ForAll("mutatedFeeds") byte[] bytes) {
        assertParsesOrRejects(bytes);
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

    @Provide
    Arbitrary<byte[]> mutatedFeeds() {
        Arbitrary<String> base = Arbitraries.of("feed/rss2-with-content-encoded.xml", "feed/atom-1.0-entry-with-html-content.xml",
                "feed/json-feed-1.1.json", "feed/rss-1.0-rdf.xml");
        return base.flatMap(name -> {
            String text = new String(Fixtures.bytes(name), StandardCharsets.UTF_8);
            return Arbitraries.integers().between(0, text.length()).flatMap(cut ->
                    Arbitraries.strings().withChars("<>&;\"'{}[]/!-?x ").ofMaxLength(10).map(insert ->
                            (text.substring(0, cut) + insert + text.substring(cut)).getBytes(StandardCharsets.UTF_8)));
        });
    }
}
