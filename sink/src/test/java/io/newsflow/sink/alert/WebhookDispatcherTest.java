package io.newsflow.sink.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.schemas.avro.Alert;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {
    private static final String SECRET = "s3cret-for-tests";

    private record Received(String path, byte[] body, String signature) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<DeliveryFailure> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private HttpServer server;
    private WebhookDispatcher dispatcher;

    private void start(int maxAttempts, int queueCapacity) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/ok", exchange -> answer(exchange, 204));
        server.createContext("/flaky", exchange -> answer(exchange, flakyCalls.incrementAndGet() <= 2 ? 503 : 200));
        server.createContext("/broken", exchange -> answer(exchange, 500));
        server.createContext("/gone", exchange -> answer(exchange, 410));
        server.createContext("/stuck", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });
        server.start();
        DeliveryConfig config = new DeliveryConfig("g", false, maxAttempts, Duration.ofMillis(10), Duration.ofMillis(40),
                Duration.ofSeconds(30), queueCapacity, Map.of("desk", SECRET));
        dispatcher = new WebhookDispatcher(config, HttpClient.newHttpClient(), new AlertJson(), failures::add);
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestURI().getPath(), body, exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER)));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (dispatcher != null) {
            dispatcher.close(Duration.ofSeconds(2));
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private WebhookTarget hook(String path) {
        return new WebhookTarget(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), "desk");
    }

    private static AlertEnvelope envelope(String alertId) {
        Alert alert = Alert.newBuilder()
                .setAlertId(alertId).setRuleId("peace-plan").setRuleName("Peace plan").setRuleVersion(1)
                .setArticleId("a1").setTitle("US negotiators meet Putin").setUrl("https://news.example/a1")
                .setSource("Example News").setPublishedAt(Instant.parse("2025-12-02T16:00:00Z"))
                .setAlertedAt(Instant.parse("2025-12-02T16:00:02Z")).setTone(-0.2)
                .setEntities(List.of("Vladimir Putin")).setSnippets(List.of("any [[peace plan]] must end the war"))
                .build();
        return new AlertEnvelope(alert, "peace-plan", new byte[] {0, 1, 2}, "news.alerts", 0, 42L);
    }

    @Test
    void postsAlertAsJsonSignedWithTheHookSecret() throws Exception {
        start(3, 10);
        dispatcher.submit(envelope("alert-1"), hook("/ok"));
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        Received request = received.get(0);
        JsonNode json = JsonMapper.builder().build().readTree(request.body());
        assertThat(json.get("alertId").asText()).isEqualTo("alert-1");
        assertThat(json.get("rule").asText()).isEqualTo("Peace plan");
        assertThat(json.get("snippets").get(0).asText()).isEqualTo("any [[peace plan]] must end the war");
        assertThat(request.signature()).isEqualTo(new WebhookSigner(SECRET).signature(request.body()));
        assertThat(request.signature()).startsWith("sha256=").hasSize(7 + 64);
        assertThat(failures).isEmpty();
    }

    @Test
    void signatureIsHmacSha256OfTheBody() {
        // Reference: printf '{"a":1}' | openssl dgst -sha256 -hmac key
        assertThat(new WebhookSigner("key").signature("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=88a67f24bbcdaed0e6c997404bb79a743baf44c6bab2f4c27328e3009d22e342");
    }

    @Test
    void retriesFailingHookWithBackoffUntilItAccepts() throws Exception {
        start(5, 10);
        dispatcher.submit(envelope("alert-1"), hook("/flaky"));
        await().atMost(Duration.ofSeconds(10)).until(() -> flakyCalls.get() == 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> dispatcher.pending(hook("/flaky").url().toString()) == 0);
        assertThat(failures).isEmpty();
    }

    @Test
    void alertGoesToDeadLettersAfterTheLastAttempt() throws Exception {
        start(3, 10);
        dispatcher.submit(envelope("alert-1"), hook("/broken"));
        await().atMost(Duration.ofSeconds(10)).until(() -> failures.size() == 1);
        DeliveryFailure failure = failures.get(0);
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.reason()).contains("HTTP 500");
        assertThat(failure.envelope().offset()).isEqualTo(42L);
        assertThat(received).hasSize(3);
    }

    @Test
    void refusalThatRetryingCannotFixGoesToDeadLettersAtOnce() throws Exception {
        start(5, 10);
        dispatcher.submit(envelope("alert-1"), hook("/gone"));
        await().atMost(Duration.ofSeconds(10)).until(() -> failures.size() == 1);
        assertThat(failures.get(0).attempts()).isEqualTo(1);
        assertThat(failures.get(0).reason()).contains("HTTP 410");
    }

    @Test
    void deadHookDoesNotHoldUpOtherHooks() throws Exception {
        start(3, 10);
        dispatcher.submit(envelope("stuck-1"), hook("/stuck"));
        dispatcher.submit(envelope("stuck-2"), hook("/stuck"));
        for (int i = 0; i < 5; i++) {
            dispatcher.submit(envelope("ok-" + i), hook("/ok"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().filter(r -> r.path().equals("/ok")).count() == 5);
        assertThat(dispatcher.pending(hook("/stuck").url().toString())).isEqualTo(2);
    }

    @Test
    void fullQueueSendsTheOverflowToDeadLettersInsteadOfBlocking() throws Exception {
        start(3, 1);
        for (int i = 0; i < 4; i++) {
            dispatcher.submit(envelope("stuck-" + i), hook("/stuck"));
        }
        // One in flight, one queued: the other two cannot wait.
        await().atMost(Duration.ofSeconds(10)).until(() -> failures.size() >= 2);
        assertThat(failures).allSatisfy(f -> assertThat(f.errorClass()).isEqualTo("QueueFull"));
    }

    @Test
    void hookWithoutConfiguredSecretIsNotCalled() throws Exception {
        start(3, 10);
        dispatcher.submit(envelope("alert-1"), new WebhookTarget(hook("/ok").url(), "unknown-ref"));
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.errorClass()).isEqualTo("MissingSecret");
            assertThat(f.reason()).contains("alerts.webhook.secret.unknown-ref").doesNotContain(SECRET);
        });
        assertThat(received).isEmpty();
    }
}
