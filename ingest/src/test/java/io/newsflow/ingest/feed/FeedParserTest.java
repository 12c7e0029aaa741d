package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.io.SyndFeedInput;
import io.newsflow.ingest.text.DateText;
import io.newsflow.ingest.text.HtmlText;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser(new HtmlText(), new DateText(), new ObjectMapper());

    private ParsedFeed parse(String fixture) throws FeedFormatException {
        return parser.parse(Fixtures.bytes("feed/" + fixture), null, "https://feeds.example.com/" + fixture);
    }

    @Test
    void rss2KeepsGuidLinkCleanTitleContentAuthorsCategoriesAndDate() throws Exception {
        ParsedFeed feed = parse("rss2-with-content-encoded.xml");
        assertThat(feed.format()).isEqualTo("rss");
        assertThat(feed.title()).isEqualTo("Example World News");
        assertThat(feed.siteUrl()).isEqualTo("https://news.example.com/");
        assertThat(feed.language()).isEqualTo("en-gb");
        FeedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("urn:example:climate-pact-1");
        assertThat(item.link()).isEqualTo("https://news.example.com/world/climate-pact?utm_source=rss&utm_medium=feed");
        assertThat(item.title()).isEqualTo("Ministers agree & sign climate pact");
        assertThat(item.summary()).isEqualTo("Ministers from forty countries signed a pact.");
        assertThat(item.content()).isEqualTo("Ministers from forty countries signed a climate pact in Lisbon on Friday.\n\n"
                + "The pact sets targets for 2035. Observers welcomed it.");
        assertThat(item.authors()).containsExactly("Maria Santos");
        assertThat(item.categories()).containsExactly("Climate", "Europe");
        assertThat(item.published()).isEqualTo(Instant.parse("2025-11-21T14:30:00Z"));
    }

    @Test
    void relativeItemLinksAreResolvedAgainstTheFeedUrl() throws Exception {
        FeedItem item = parse("rss2-with-content-encoded.xml").items().get(1);
        assertThat(item.link()).isEqualTo("https://feeds.example.com/world/short-item");
        assertThat(item.content()).isNull();
        assertThat(item.published()).isEqualTo(Instant.parse("2025-11-20T08:00:00Z"));
    }

    @Test
    void atomEntryKeepsIdHtmlContentAuthorAndPublishedTime() throws Exception {
        ParsedFeed feed = parse("atom-1.0-entry-with-html-content.xml");
        assertThat(feed.format()).isEqualTo("atom");
        FeedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("tag:atom.example.org,2025:port");
        assertThat(item.link()).isEqualTo("https://atom.example.org/2025/11/port");
        assertThat(item.title()).isEqualTo("Le port rouvre enfin");
        assertThat(item.content()).isEqualTo("Le port a rouvert mardi apres neuf jours de greve.\n\nLes navires attendaient.");
        assertThat(item.authors()).containsExactly("Jean Dupont");
        assertThat(item.categories()).containsExactly("Economie");
        assertThat(item.published()).isEqualTo(Instant.parse("2025-11-22T07:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2025-11-22T18:30:02Z"));
    }

    @Test
    void rss10Rss091AndRss092AreRead() throws Exception {
        assertThat(parse("rss-1.0-rdf.xml").items()).singleElement()
                .satisfies(i -> assertThat(i.published()).isEqualTo(Instant.parse("2025-11-01T12:00:00Z")));
        assertThat(parse("rss-0.91-without-dates.xml").items()).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Item from 0.91"))
                .satisfies(i -> assertThat(i.published()).isNull());
        assertThat(parse("rss-0.92.xml").items()).extracting(FeedItem::link).containsExactly("http://ninetytwo.example.com/1");
    }

    @Test
    void jsonFeed11KeepsItemsAuthorsTagsAndDates() throws Exception {
        ParsedFeed feed = parse("json-feed-1.1.json");
        assertThat(feed.format()).isEqualTo("json");
        assertThat(feed.title()).isEqualTo("JSON Example");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.content()).isEqualTo("Hello JSON Feed.\n\nSecond paragraph.");
        assertThat(first.authors()).containsExactly("Feed Author");
        assertThat(first.categories()).containsExactly("json", "feeds");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-11-23T15:00:00Z"));
        FeedItem second = feed.items().get(1);
        assertThat(second.content()).isEqualTo("Plain text content.");
        assertThat(second.authors()).containsExactly("Item Author");
        assertThat(second.updated()).isEqualTo(Instant.parse("2025-11-24T11:00:00Z"));
    }

    @Test
    void windows1252FeedIsDecodedFromItsXmlProlog() throws Exception {
        FeedItem item = parse("windows-1252-feed.xml").items().get(0);
        assertThat(item.title()).isEqualTo("\u201cSmart quotes\u201d and caf\u00e9 cr\u00e8me \u2013 \u20ac5");
        assertThat(item.content() != null ? item.content() : item.summary()).isEqualTo("Na\u00efve r\u00e9sum\u00e9 \u2014 tr\u00e8s bien.");
    }

    @Test
    void iso88591FeedIsDecodedFromItsXmlProlog() throws Exception {
        ParsedFeed feed = parse("iso-8859-1-feed.xml");
        assertThat(feed.title()).isEqualTo("Gr\u00fc\u00dfe");
        assertThat(feed.items().get(0).title()).isEqualTo("M\u00fcnchen f\u00e4hrt");
    }

    @Test
    void httpCharsetIsUsedWhenTheXmlHasNoDeclaration() throws Exception {
        byte[] bytes = "<rss version=\"2.0\"><channel><title>Caf\u00e9</title><link>https://x.example/</link><description>d</description></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parser.parse(bytes, "application/rss+xml; charset=ISO-8859-1", "https://x.example/feed").title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void rss091WithTheNetscapeDoctypeIsReadWithTheDtdIgnored() throws Exception {
        ParsedFeed feed = parse("rss-0.91-netscape-doctype.xml");
        assertThat(feed.format()).isEqualTo("rss");
        assertThat(feed.title()).isEqualTo("Harbour Gazette");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactly("Ferry service to Saint-Malo resumes after the storm", "Caf\u00e9 owners ask the council for longer terraces");
        assertThat(feed.items().get(1).summary())
                .isEqualTo("Twelve caf\u00e9 owners on the quay wrote to the council on Monday \u2013 a decision is due in June.");
        assertThat(feed.items().get(0).link()).isEqualTo("http://gazette.example.net/news/1999/ferry-resumes.html");
    }

    @Test
    void aDoctypesInternalSubsetIsIgnoredWholeEvenWithBracketsAndAnglesInsideIt() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!-- a comment with ] and > inside -->\n"
                + " <!ENTITY sig \"<p>]></p>\">\n <!ENTITY ext SYSTEM 'file:///etc/hostname'>\n <?pi ]> ?>\n]>\n"
                + "<rss version=\"2.0\"><channel><title>Quiet</title><link>https://q.example/</link><description>d</description>"
                + "<item><title>Nothing declared above is used</title><link>https://q.example/1</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://q.example/feed");
        assertThat(feed.title()).isEqualTo("Quiet");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Nothing declared above is used");
    }

    @Test
    void rejectsFeedWithExternalEntity() {
        assertThatThrownBy(() -> parse("xxe-external-entity-file-etc-passwd.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("https://feeds.example.com/xxe-external-entity-file-etc-passwd.xml")
                .hasMessageContaining("uses the entity &xxe; which only its DOCTYPE declares")
                .hasMessageContaining("newsflow ignores DTDs")
                .hasMessageNotContaining("root:");
    }

    @Test
    void rejectsEntityBombWithoutExpandingIt() {
        assertThatThrownBy(() -> parse("entity-bomb-billion-laughs.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("uses the entity &lol9; which only its DOCTYPE declares")
                .hasMessageNotContaining("lollol");
    }

    @Test
    void aDoctypeCutShortIsAPreciseError() {
        byte[] truncated = "<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY a \"x\"> ".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(truncated, null, "https://t.example/feed"))
                .isInstanceOf(FeedFormatException.class).hasMessage("Feed https://t.example/feed is truncated inside its DOCTYPE");
    }

    @Test
    void romeOnItsOwnAlsoRefusesTheDoctype() {
        byte[] xxe = Fixtures.bytes("feed/xxe-external-entity-file-etc-passwd.xml");
        assertThatThrownBy(() -> new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xxe), StandardCharsets.UTF_8)))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void undeclaredEntityIsMalformedNotResolved() {
        assertThatThrownBy(() -> parse("undeclared-entity-without-doctype.xml"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("is malformed");
    }

    @Test
    void htmlServedAsAFeedIsAPreciseError() {
        assertThatThrownBy(() -> parse("html-page-served-as-feed.html"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("is an HTML page, not a feed");
    }

    @Test
    void malformedTruncatedEmptyAndInvalidUtf8FeedsArePreciseErrors() {
        assertThatThrownBy(() -> parse("malformed-unclosed-item.xml")).isInstanceOf(FeedFormatException.class).hasMessageContaining("is malformed");
        assertThatThrownBy(() -> parse("truncated-body.xml")).isInstanceOf(FeedFormatException.class).hasMessageContaining("is malformed");
        assertThatThrownBy(() -> parse("empty-body.xml")).isInstanceOf(FeedFormatException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> parse("invalid-utf8-feed.xml")).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("is not valid UTF-8 (bad byte at offset");
        assertThatThrownBy(() -> parser.parse("{\"items\": [".getBytes(StandardCharsets.UTF_8), "application/feed+json", "https://j.example/f"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("is malformed JSON");
        assertThatThrownBy(() -> parser.parse("{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8), null, "https://j.example/f"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("not a JSON Feed");
    }

    @Test
    void opmlGivenAsAFeedSaysSo() {
        assertThatThrownBy(() -> parse("opml-2.0-nested-outlines.opml")).hasMessageContaining("is an OPML list of feeds");
    }

    @Test
    void channelWithoutItemsIsAnEmptyFeedNotAnError() throws Exception {
        assertThat(parse("rss-channel-without-items.xml").items()).isEmpty();
    }
}
