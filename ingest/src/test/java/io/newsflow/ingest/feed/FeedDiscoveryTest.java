package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
    @Test
    void findsAdvertisedFeedsXmlFirstResolvedAgainstThePage() {
        String html = new String(Fixtures.bytes("feed/site-with-alternate-links.html"), StandardCharsets.UTF_8);
        assertThat(new FeedDiscovery().discover(html, "https://site.example.com/"))
                .containsExactly("https://site.example.com/rss.xml", "https://site.example.com/atom.xml",
                        "https://site.example.com/feed.json");
    }
}
