package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.config.Settings;
import io.newsflow.ingest.FeedIngest;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.http.AddressGuard;
import io.newsflow.ingest.http.HttpFetcher;
import io.newsflow.ingest.http.LocalHttpServer;
import io.newsflow.ingest.publish.ListSink;
import io.newsflow.ingest.schedule.PollRound;
import io.newsflow.ingest.state.InMemoryFeedStateStore;
import io.newsflow.schemas.avro.FeedState;
import io.newsflow.schemas.avro.RawArticle;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private LocalHttpServer server;
    private final ListSink sink = new ListSink();
    private final InMemoryFeedStateStore store = new InMemoryFeedStateStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedIngest ingest(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("ingest.host.delay", "0ms"));
        all.putAll(settings);
        return FeedIngest.create(IngestConfig.from(Settings.empty().with(all, "test")), sink, store, meters, "test",
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private PollRound pollOnce(FeedIngest ingest, String... paths) throws InterruptedException {
        List<FeedSubscription> feeds = java.util.Arrays.stream(paths).map(p -> new FeedSubscription(server.url(p), null)).toList();
        return ingest.pollOnce(feeds, store.all());
    }

    private void serveWithEtag(String path, AtomicReference<byte[]> body, String etag) {
        server.route(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(ex, 304, null, null);
            } else {
                ex.getResponseHeaders().set("ETag", etag);
                LocalHttpServer.respond(ex, 200, "application/rss+xml", body.get());
            }
        });
    }

    @Test
    void conditionalGetWith304PublishesNothingAndParsesNothing() throws Exception {
        serveWithEtag("/rss", new AtomicReference<>(Fixtures.bytes("feed/rss2-with-content-encoded.xml")), "\"e1\"");
        FeedIngest ingest = ingest(Map.of("ingest.fetch.full.text", "false"));
        PollRound first = pollOnce(ingest, "/rss");
        assertThat(first.published()).isEqualTo(2);
        PollRound second = pollOnce(ingest, "/rss");
        assertThat(second.notModified()).isEqualTo(1);
        assertThat(second.published()).isZero();
        assertThat(sink.articles).hasSize(2);
        assertThat(server.requests.get(1).header("If-None-Match")).isEqualTo("\"e1\"");
        FeedState state = store.get(server.url("/rss")).orElseThrow();
        assertThat(state.getEtag()).isEqualTo("\"e1\"");
        assertThat(state.getLastSuccessAt()).isEqualTo(NOW);
        assertThat(state.getNextPollAt()).isAfter(NOW);
        assertThat(meters.get("newsflow.ingest.feed.not.modified").tag("feed", server.url("/rss")).counter().count()).isEqualTo(1);
        assertThat(meters.get("newsflow.ingest.feed.fetches").tag("feed", server.url("/rss")).counter().count()).isEqualTo(2);
    }

    @Test
    void publishedArticlesCarryFeedFieldsAndTheCanonicalId() throws Exception {
        server.serve("/rss", "application/rss+xml", Fixtures.bytes("feed/rss2-with-content-encoded.xml"));
        pollOnce(ingest(Map.of("ingest.fetch.full.text", "false")), "/rss");
        RawArticle a = sink.articles.get(0);
        assertThat(a.getCanonicalUrl()).isEqualTo("https://news.example.com/world/climate-pact");
        assertThat(a.getGuid()).isEqualTo("urn:example:climate-pact-1");
        assertThat(a.getFeedUrl()).isEqualTo(server.url("/rss"));
        assertThat(a.getSource()).isEqualTo("Example World News");
        assertThat(a.getAuthors()).containsExactly("Maria Santos");
        assertThat(a.getOrigin()).isEqualTo("feed");
        assertThat(a.getRevision()).isEqualTo(1);
        assertThat(a.getFetchedAt()).isEqualTo(NOW);
    }

    @Test
    void duplicateAcrossFeedsIsPublishedOnce() throws Exception {
        server.serve("/a", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-a.xml"));
        server.serve("/b", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-b.xml"));
        PollRound round = pollOnce(ingest(Map.of()), "/a", "/b");
        assertThat(sink.articles).extracting(RawArticle::getCanonicalUrl)
                .containsExactlyInAnyOrder("https://shared.example.com/story", "https://shared.example.com/only-a");
        assertThat(round.duplicates()).isEqualTo(1);
        assertThat(meters.get("newsflow.ingest.feed.items.duplicate").counters().stream().mapToDouble(c -> c.count()).sum()).isEqualTo(1);
    }

    @Test
    void restartWithoutRepublishing() throws Exception {
        // No validators: the server answers 200 every time, so only the stored state prevents republishing.
        server.serve("/rss", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-a.xml"));
        pollOnce(ingest(Map.of()), "/rss");
        assertThat(sink.articles).hasSize(2);
        FeedIngest restarted = ingest(Map.of());
        PollRound again = pollOnce(restarted, "/rss");
        assertThat(again.published()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(sink.articles).hasSize(2);
    }

    @Test
    void revisionOnChangedContent() throws Exception {
        AtomicReference<byte[]> body = new AtomicReference<>(Fixtures.bytes("feed/revision-v1.xml"));
        server.route("/rss", ex -> LocalHttpServer.respond(ex, 200, "application/rss+xml", body.get()));
        pollOnce(ingest(Map.of()), "/rss");
        body.set(Fixtures.bytes("feed/revision-v2-changed-content.xml"));
        PollRound second = pollOnce(ingest(Map.of()), "/rss");
        assertThat(second.revisions()).isEqualTo(1);
        assertThat(sink.articles).hasSize(2);
        assertThat(sink.articles.get(1).getId()).isEqualTo(sink.articles.get(0).getId());
        assertThat(sink.articles.get(1).getRevision()).isEqualTo(2);
        assertThat(sink.articles.get(1).getTitle()).isEqualTo("Budget vote delayed to Friday");
        PollRound third = pollOnce(ingest(Map.of()), "/rss");
        assertThat(third.published()).isZero();
    }

    @Test
    void summaryOnlyItemGetsTheArticlePageMainText() throws Exception {
        String feed = new String(Fixtures.bytes("feed/summary-only-item-template.xml"), StandardCharsets.UTF_8)
                .replace("BASE", "http://127.0.0.1:" + server.port());
        server.serve("/rss", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        server.serve("/articles/bridge", "text/html; charset=utf-8", Fixtures.bytes("feed/article-page-for-summary-only-item.html"));
        pollOnce(ingest(Map.of("ingest.allow.private.networks", "true")), "/rss");
        RawArticle a = sink.articles.get(0);
        assertThat(a.getBody()).startsWith("The old river bridge reopened").contains("\n\nCommuters had faced").doesNotContain("Weather");
        assertThat(a.getSummary()).isEqualTo("The bridge is open again.");
        assertThat(a.getCanonicalUrl()).isEqualTo("https://teasers.example/articles/bridge");
    }

    @Test
    void fullTextCanBeTurnedOffPerFeed() throws Exception {
        String feed = new String(Fixtures.bytes("feed/summary-only-item-template.xml"), StandardCharsets.UTF_8)
                .replace("BASE", "http://127.0.0.1:" + server.port());
        server.serve("/rss", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        server.serve("/articles/bridge", "text/html", Fixtures.bytes("feed/article-page-for-summary-only-item.html"));
        pollOnce(ingest(Map.of("ingest.allow.private.networks", "true", "ingest.fetch.full.text.off", server.url("/rss"))), "/rss");
        assertThat(sink.articles.get(0).getBody()).isEqualTo("The bridge is open again.");
        assertThat(server.count("/articles/bridge")).isZero();
    }

    @Test
    void ssrfRedirectTo127001FromAnItemLinkIsNeverFollowed() throws Exception {
        // The feed (trusted, configured by the operator) links to news.example.test, a "public" host reached through
        // the local server as a proxy, which redirects to the loopback address.
        String feed = new String(Fixtures.bytes("feed/summary-only-item-template.xml"), StandardCharsets.UTF_8)
                .replace("BASE", "http://news.example.test");
        server.serve("/rss", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        server.route("/articles/bridge", ex -> {
            ex.getResponseHeaders().set("Location", server.url("/admin/secret"));
            LocalHttpServer.respond(ex, 302, null, null);
        });
        server.serve("/admin/secret", "text/html", "<p>internal only</p>".getBytes(StandardCharsets.UTF_8));
        AddressGuard guard = new AddressGuard(host -> host.endsWith(".example.test")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})}
                : InetAddress.getAllByName(host));
        IngestConfig config = IngestConfig.from(Settings.empty().with("ingest.host.delay", "0ms"));
        HttpFetcher http = HttpFetcher.create(config, "test",
                HttpClient.newBuilder().proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port()))), guard);
        FeedIngest ingest = FeedIngest.create(config, http, sink, store, meters, Clock.fixed(NOW, ZoneOffset.UTC));
        ingest.pollOnce(List.of(new FeedSubscription("http://feeds.example.test/rss", null)), Map.of());
        assertThat(server.count("/articles/bridge")).isEqualTo(1);
        assertThat(server.count("/admin/secret")).isZero();
        assertThat(sink.articles).singleElement().satisfies(a -> assertThat(a.getBody()).isEqualTo("The bridge is open again."));
        assertThat(meters.get("newsflow.ingest.feed.errors").tag("kind", "fulltext_blocked_address").counter().count()).isEqualTo(1);
    }

    @Test
    void windows1252FeedServedWithoutCharsetIsReadCorrectly() throws Exception {
        server.serve("/cp", "text/xml", Fixtures.bytes("feed/windows-1252-feed.xml"));
        pollOnce(ingest(Map.of("ingest.fetch.full.text", "false")), "/cp");
        assertThat(sink.articles.get(0).getTitle()).isEqualTo("\u201cSmart quotes\u201d and caf\u00e9 cr\u00e8me \u2013 \u20ac5");
    }

    @Test
    void jsonFeedIsPolled() throws Exception {
        server.serve("/feed.json", "application/feed+json", Fixtures.bytes("feed/json-feed-1.1.json"));
        pollOnce(ingest(Map.of("ingest.fetch.full.text", "false")), "/feed.json");
        assertThat(sink.articles).extracting(RawArticle::getTitle).containsExactly("First JSON item", "Text item");
    }

    @Test
    void siteUrlIsResolvedByFeedDiscovery() throws Exception {
        server.serve("/", "text/html", ("<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                + "</head><body>Home</body></html>").getBytes(StandardCharsets.UTF_8));
        server.serve("/rss.xml", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-a.xml"));
        PollRound round = pollOnce(ingest(Map.of()), "/");
        assertThat(round.failed()).isZero();
        assertThat(sink.articles).hasSize(2);
        assertThat(sink.articles.get(0).getFeedUrl()).isEqualTo(server.url("/"));
    }

    @Test
    void hostileAndBrokenFeedsAreHealthErrorsAndOtherFeedsUnaffected() throws Exception {
        server.serve("/xxe", "application/rss+xml", Fixtures.bytes("feed/xxe-external-entity-file-etc-passwd.xml"));
        server.serve("/bomb", "application/rss+xml", Fixtures.bytes("feed/entity-bomb-billion-laughs.xml"));
        server.serve("/broken", "application/rss+xml", Fixtures.bytes("feed/malformed-unclosed-item.xml"));
        server.serve("/empty", "application/rss+xml", new byte[0]);
        server.serve("/html", "text/html", "<html><body>no feed here</body></html>".getBytes(StandardCharsets.UTF_8));
        server.serve("/badutf8", "application/rss+xml", Fixtures.bytes("feed/invalid-utf8-feed.xml"));
        server.serve("/good", "application/rss+xml", Fixtures.bytes("feed/duplicate-across-feeds-a.xml"));
        PollRound round = pollOnce(ingest(Map.of()), "/xxe", "/bomb", "/broken", "/empty", "/html", "/badutf8", "/good");
        assertThat(round.failed()).isEqualTo(6);
        assertThat(round.succeeded()).isEqualTo(1);
        assertThat(sink.articles).hasSize(2);
        assertThat(store.get(server.url("/xxe")).orElseThrow().getLastError()).contains(server.url("/xxe"))
                .contains("uses the entity &xxe; which only its DOCTYPE declares").doesNotContain("root:");
        assertThat(store.get(server.url("/bomb")).orElseThrow().getLastError()).contains("uses the entity &lol9;");
        assertThat(store.get(server.url("/broken")).orElseThrow().getLastError()).contains("is malformed");
        assertThat(store.get(server.url("/empty")).orElseThrow().getLastError()).contains("is empty");
        assertThat(store.get(server.url("/html")).orElseThrow().getLastError()).contains("is an HTML page");
        assertThat(store.get(server.url("/badutf8")).orElseThrow().getLastError()).contains("is not valid UTF-8");
        assertThat(store.get(server.url("/xxe")).orElseThrow().getConsecutiveFailures()).isEqualTo(1);
    }

    @Test
    void retryAfterIsHonouredInTheNextPollTime() throws Exception {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7200");
            LocalHttpServer.respond(ex, 503, "text/plain", "busy".getBytes());
        });
        pollOnce(ingest(Map.of()), "/busy");
        FeedState state = store.get(server.url("/busy")).orElseThrow();
        assertThat(state.getNextPollAt()).isAfterOrEqualTo(NOW.plus(Duration.ofSeconds(7200)));
        assertThat(state.getLastError()).contains("HTTP 503").contains("Retry-After 7200 s");
    }

    @Test
    void oversizedFeedIsAnErrorNamingTheFeed() throws Exception {
        server.serve("/huge", "application/rss+xml", new byte[300_000]);
        pollOnce(ingest(Map.of("ingest.http.max.body.bytes", "100000")), "/huge");
        assertThat(store.get(server.url("/huge")).orElseThrow().getLastError())
                .startsWith("Feed " + server.url("/huge")).contains("larger than 100000 bytes");
    }
}
