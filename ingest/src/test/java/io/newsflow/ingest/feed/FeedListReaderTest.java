package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedListReaderTest {
    private final FeedListReader reader = new FeedListReader();

    @Test
    void opmlNestedOutlinesAreListedOnce() throws Exception {
        assertThat(reader.read(Fixtures.bytes("feed/opml-2.0-nested-outlines.opml"), "feeds.opml"))
                .containsExactly(new FeedSubscription("https://news.example.com/world/rss.xml", "Example World"),
                        new FeedSubscription("https://json.example.com/feed.json", "JSON one"));
    }

    @Test
    void plainListHasOneUrlPerLineWithComments() throws Exception {
        assertThat(reader.read(Fixtures.bytes("feed/feed-list-one-url-per-line.txt"), "feeds.txt"))
                .extracting(FeedSubscription::url)
                .containsExactly("https://a.example.com/rss.xml", "https://b.example.com/atom.xml");
    }

    @Test
    void aLineThatIsNotAUrlIsNamedWithItsNumber() {
        assertThatThrownBy(() -> reader.read("https://a.example/\nnot a url\n".getBytes(StandardCharsets.UTF_8), "feeds.txt"))
                .hasMessage("Feed list feeds.txt line 2 is not an http(s) URL: 'not a url'");
    }

    @Test
    void opmlWhoseOutlineUsesAnEntityOfItsDoctypeIsMalformedNotExpanded() {
        byte[] opml = ("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(opml, "evil.opml")).hasMessageContaining("Feed list evil.opml is malformed OPML")
                .hasMessageNotContaining("root:");
    }

    @Test
    void opmlWithADoctypeIsReadWithTheDtdIgnored() throws Exception {
        byte[] opml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE opml SYSTEM \"http://dtd.example/opml.dtd\">\n"
                + "<opml version=\"1.0\"><body><outline text=\"A\" xmlUrl=\"https://a.example/rss\"/></body></opml>").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(opml, "old.opml")).containsExactly(new FeedSubscription("https://a.example/rss", "A"));
    }
}
