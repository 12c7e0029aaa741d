package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.Settings;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.http.LocalHttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArgumentsTest {
    private LocalHttpServer server;
    private FeedArguments arguments;

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttpServer();
        arguments = new FeedArguments(HttpFetcher.create(
                IngestConfig.from(Settings.empty().with(Map.of("ingest.host.delay", "0ms"), "test")), "test"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOpmlListGivenByUrlGivesItsFeedsAndSaysSo() throws Exception {
        server.serve("/feeds.opml", "text/x-opml", Fixtures.bytes("feed/opml-2.0-nested-outlines.opml"));

        FeedArguments.Resolved resolved = arguments.resolve(List.of(server.url("/feeds.opml")));

        assertThat(resolved.feeds()).containsExactly(new FeedSubscription("https://news.example.com/world/rss.xml", "Example World"),
                new FeedSubscription("https://json.example.com/feed.json", "JSON one"));
        assertThat(resolved.notes()).containsExactly(server.url("/feeds.opml") + " is a feed list: 2 feeds");
    }

    @Test
    void aListOfUrlsGivenByUrlGivesItsFeeds() throws Exception {
        server.serve("/feeds.txt", "text/plain", Fixtures.bytes("feed/feed-list-one-url-per-line.txt"));
        assertThat(arguments.resolve(List.of(server.url("/feeds.txt"))).feeds()).extracting(FeedSubscription::url)
                .containsExactly("https://a.example.com/rss.xml", "https://b.example.com/atom.xml");
    }

    @Test
    void aWebPageGivenAsAFeedRunsDiscoveryAndSaysWhichFeedWasFound() throws Exception {
        server.serve("/news/today.html", "text/html; charset=utf-8", Fixtures.bytes("feed/site-with-alternate-links.html"));

        FeedArguments.Resolved resolved = arguments.resolve(List.of(server.url("/news/today.html")));

        assertThat(resolved.feeds()).containsExactly(new FeedSubscription(server.url("/rss.xml"), null));
        assertThat(resolved.notes()).containsExactly(server.url("/news/today.html")
                + " is a web page; polling the feed it advertises, " + server.url("/rss.xml") + " (first of 3)");
    }

    @Test
    void aWebPageThatAdvertisesNoFeedIsSkippedWithASentenceAndTheOthersGoOn() throws Exception {
        server.serve("/plain.html", "text/html", utf8("<!DOCTYPE html><html><head><title>x</title></head><body>Hello</body></html>"));
        server.serve("/rss.xml", "application/rss+xml", Fixtures.bytes("feed/rss-0.92.xml"));

        FeedArguments.Resolved resolved = arguments.resolve(List.of(server.url("/plain.html"), server.url("/rss.xml")));

        assertThat(resolved.feeds()).containsExactly(new FeedSubscription(server.url("/rss.xml"), null));
        assertThat(resolved.notes()).singleElement().asString()
                .startsWith(server.url("/plain.html") + " is a web page that advertises no feed").endsWith("skipped: give the feed's URL");
    }

    @Test
    void aFeedUrlIsItselfWithoutASentence() throws Exception {
        server.serve("/rss.xml", "application/rss+xml", Fixtures.bytes("feed/rss-0.91-netscape-doctype.xml"));
        server.serve("/feed.json", "application/feed+json", Fixtures.bytes("feed/json-feed-1.1.json"));

        FeedArguments.Resolved resolved = arguments.resolve(List.of(server.url("/rss.xml"), server.url("/feed.json")));

        assertThat(resolved.feeds()).extracting(FeedSubscription::url).containsExactly(server.url("/rss.xml"), server.url("/feed.json"));
        assertThat(resolved.notes()).isEmpty();
    }

    @Test
    void aUrlThatCannotBeFetchedNowIsPolledAsAFeedAndSaysWhy() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/feeds.opml";

        FeedArguments.Resolved resolved = arguments.resolve(List.of(url));

        assertThat(resolved.feeds()).containsExactly(new FeedSubscription(url, null));
        assertThat(resolved.notes()).singleElement().asString().startsWith(url + " could not be fetched at start")
                .endsWith("it is polled as a feed");
    }

    @Test
    void filesAreListsAndASavedPageGivesItsAbsoluteFeedLink(@TempDir Path dir) throws Exception {
        Path opml = Files.write(dir.resolve("feeds.opml"), Fixtures.bytes("feed/opml-2.0-nested-outlines.opml"));
        Path page = Files.write(dir.resolve("site.html"), Fixtures.bytes("feed/site-with-alternate-links.html"));

        FeedArguments.Resolved resolved = arguments.resolve(List.of(opml.toString(), page.toString()));

        assertThat(resolved.feeds()).extracting(FeedSubscription::url).containsExactly("https://news.example.com/world/rss.xml",
                "https://json.example.com/feed.json", "https://site.example.com/atom.xml");
        assertThat(resolved.notes()).containsExactly(page + " is a web page; polling the feed it advertises, https://site.example.com/atom.xml");
    }

    @Test
    void aMissingFileIsAPreciseError() {
        assertThatThrownBy(() -> arguments.resolve(List.of("/nonexistent/feeds.opml")))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("Feed list /nonexistent/feeds.opml is neither an http(s) URL nor a readable file");
    }
}
