package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.Settings;
import io.newsflow.ingest.IngestConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private LocalHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(Map<String, String> settings) {
        IngestConfig config = IngestConfig.from(Settings.empty().with(settings, "test"));
        return HttpFetcher.create(config, "1.2.3", HttpClient.newBuilder(), AddressGuard.system());
    }

    private HttpFetcher fetcher() {
        return fetcher(Map.of("ingest.host.delay", "0ms"));
    }

    @Test
    void conditionalGetWith304CostsNoBody() throws Exception {
        server.route("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(ex, 304, null, null);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Last-Modified", "Sat, 22 Nov 2025 10:00:00 GMT");
                LocalHttpServer.respond(ex, 200, "application/rss+xml", "<rss/>".getBytes());
            }
        });
        FetchResult first = fetcher().fetch(FetchRequest.feed(server.url("/feed"), null, null));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchResult second = fetcher().fetch(FetchRequest.feed(server.url("/feed"), first.etag(), first.lastModified()));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(server.requests.get(1).header("If-Modified-Since")).isEqualTo("Sat, 22 Nov 2025 10:00:00 GMT");
    }

    @Test
    void userAgentNamesNewsflowItsVersionAndTheContactUrl() throws Exception {
        server.serve("/feed", "text/xml", "<rss/>".getBytes());
        fetcher(Map.of("ingest.contact.url", "https://ops.example.org/newsflow")).fetch(FetchRequest.feed(server.url("/feed"), null, null));
        assertThat(server.requests.get(0).header("User-Agent")).isEqualTo("newsflow/1.2.3 (+https://ops.example.org/newsflow)");
        assertThat(server.requests.get(0).header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void gzipBodiesAreDecoded() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("<rss>zipped</rss>".getBytes(StandardCharsets.UTF_8));
        }
        server.route("/feed", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(ex, 200, "text/xml", gz.toByteArray());
        });
        FetchResult result = fetcher().fetch(FetchRequest.feed(server.url("/feed"), null, null));
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>zipped</rss>");
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        server.route("/old", ex -> {
            ex.getResponseHeaders().set("Location", "/new");
            LocalHttpServer.respond(ex, 301, null, null);
        });
        server.serve("/new", "text/xml", "<rss/>".getBytes());
        FetchResult result = fetcher().fetch(FetchRequest.feed(server.url("/old"), null, null));
        assertThat(result.finalUrl()).isEqualTo(server.url("/new"));
    }

    @Test
    void redirectLoopIsAnError() {
        server.route("/a", ex -> {
            ex.getResponseHeaders().set("Location", "/b");
            LocalHttpServer.respond(ex, 302, null, null);
        });
        server.route("/b", ex -> {
            ex.getResponseHeaders().set("Location", "/a");
            LocalHttpServer.respond(ex, 302, null, null);
        });
        assertThatThrownBy(() -> fetcher().fetch(FetchRequest.feed(server.url("/a"), null, null)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REDIRECT_LOOP))
                .hasMessageContaining("Redirect loop fetching " + server.url("/a"));
    }

    @Test
    void moreThanFiveRedirectsIsAnError() {
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.route("/r" + i, ex -> {
                ex.getResponseHeaders().set("Location", "/r" + next);
                LocalHttpServer.respond(ex, 307, null, null);
            });
        }
        assertThatThrownBy(() -> fetcher().fetch(FetchRequest.feed(server.url("/r0"), null, null)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_MANY_REDIRECTS));
        assertThat(server.count("/r5")).isEqualTo(1);
        assertThat(server.count("/r6")).isZero();
    }

    @Test
    void oversizedBodyIsAnErrorNamingTheUrl() {
        server.serve("/huge", "text/xml", new byte[200_000]);
        assertThatThrownBy(() -> fetcher(Map.of("ingest.http.max.body.bytes", "65536")).fetch(FetchRequest.feed(server.url("/huge"), null, null)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE))
                .hasMessageContaining(server.url("/huge")).hasMessageContaining("larger than 65536 bytes");
    }

    @Test
    void gzipBombIsStoppedByTheSameCap() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[5_000_000]);
        }
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(ex, 200, "text/xml", gz.toByteArray());
        });
        assertThatThrownBy(() -> fetcher(Map.of("ingest.http.max.body.bytes", "1048576")).fetch(FetchRequest.feed(server.url("/bomb"), null, null)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }

    @Test
    void retryAfterOn429And503IsReported() {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            LocalHttpServer.respond(ex, 429, "text/plain", "slow down".getBytes());
        });
        assertThatThrownBy(() -> fetcher().fetch(FetchRequest.feed(server.url("/busy"), null, null)))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                });
        assertThat(HttpFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void aSlowServerHitsTheTotalTimeout() {
        server.route("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalHttpServer.respond(ex, 200, "text/xml", "<rss/>".getBytes());
        });
        assertThatThrownBy(() -> fetcher(Map.of("ingest.http.timeout", "300ms")).fetch(FetchRequest.feed(server.url("/slow"), null, null)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
    }

    @Test
    void articleLinkToLoopbackIsRefusedWithoutAnyRequest() {
        server.serve("/secret", "text/plain", "internal".getBytes());
        assertThatThrownBy(() -> fetcher().fetch(FetchRequest.articlePage(server.url("/secret"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED_ADDRESS))
                .hasMessageContaining("127.0.0.1");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void ssrfRedirectTo127001FromAnItemLinkIsRefused() throws Exception {
        // news.example.test "resolves" to a public address and is reached through the local server as a proxy;
        // it redirects to the loopback address, which must never be requested.
        server.route("/story", ex -> {
            ex.getResponseHeaders().set("Location", server.url("/secret"));
            LocalHttpServer.respond(ex, 302, null, null);
        });
        server.serve("/secret", "text/plain", "internal".getBytes());
        AddressGuard guard = new AddressGuard(host -> host.endsWith(".example.test")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})}
                : InetAddress.getAllByName(host));
        HttpFetcher fetcher = HttpFetcher.create(IngestConfig.from(Settings.empty().with("ingest.host.delay", "0ms")), "t",
                HttpClient.newBuilder().proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port()))), guard);
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.articlePage("http://news.example.test/story")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED_ADDRESS));
        assertThat(server.count("/story")).isEqualTo(1);
        assertThat(server.count("/secret")).isZero();
    }

    @Test
    void privateNetworksCanBeAllowedByTheOperator() throws Exception {
        server.serve("/page", "text/html", "<p>ok</p>".getBytes());
        FetchResult result = fetcher(Map.of("ingest.allow.private.networks", "true", "ingest.host.delay", "0ms"))
                .fetch(FetchRequest.articlePage(server.url("/page")));
        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void blocksMetadataAndPrivateRanges() throws Exception {
        for (String ip : new String[] {"169.254.169.254", "10.1.2.3", "172.16.0.1", "192.168.1.1", "127.0.0.2", "0.0.0.0",
                "100.64.0.1", "::1", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1"}) {
            assertThat(AddressGuard.isBlocked(InetAddress.getByName(ip))).as(ip).isTrue();
        }
        assertThat(AddressGuard.isBlocked(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(AddressGuard.isBlocked(InetAddress.getByName("2606:4700::1111"))).isFalse();
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.route("/feed", ex -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            LocalHttpServer.respond(ex, 200, "text/xml", "<rss/>".getBytes());
        });
        HttpFetcher fetcher = fetcher();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            var futures = new java.util.ArrayList<Future<FetchResult>>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null))));
            }
            for (Future<FetchResult> f : futures) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxInFlight.get()).isEqualTo(1);
    }
}
