package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRegistryIT {
    private static final String SCHEMA_CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String V1 = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Article\\\",\\\"fields\\\":"
            + "[{\\\"name\\\":\\\"title\\\",\\\"type\\\":\\\"string\\\"}]}\"}";
    /** Adds a field without a default: readers of v2 cannot read v1 data, so BACKWARD must refuse it. */
    private static final String V2_INCOMPATIBLE = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Article\\\",\\\"fields\\\":"
            + "[{\\\"name\\\":\\\"title\\\",\\\"type\\\":\\\"string\\\"},{\\\"name\\\":\\\"body\\\",\\\"type\\\":\\\"string\\\"}]}\"}";
    /** Adds a field with a default: allowed under BACKWARD. */
    private static final String V2_COMPATIBLE = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Article\\\",\\\"fields\\\":"
            + "[{\\\"name\\\":\\\"title\\\",\\\"type\\\":\\\"string\\\"},{\\\"name\\\":\\\"body\\\",\\\"type\\\":\\\"string\\\",\\\"default\\\":\\\"\\\"}]}\"}";

    private static EmbeddedRegistry registry;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path workDir) {
        registry = EmbeddedRegistry.startInMemory(workDir);
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void urlIsTheConfluentCompatibleApiOnLoopback() {
        assertThat(registry.url()).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
        assertThat(registry.logFile()).exists();
    }

    @Test
    void registeredSchemaCanBeReadBack() throws Exception {
        HttpResponse<String> registered = post("/subjects/x/versions", V1);
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("\"id\"");

        HttpResponse<String> latest = get("/subjects/x/versions/latest");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.body()).contains("\"subject\":\"x\"").contains("Article").contains("title");
    }

    @Test
    void backwardCompatibilityIsEnforced() throws Exception {
        assertThat(post("/subjects/y/versions", V1).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = post("/subjects/y/versions", V2_INCOMPATIBLE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);

        assertThat(post("/subjects/y/versions", V2_COMPATIBLE).statusCode()).isEqualTo(200);
    }

    @Test
    void persistentRegistryKeepsSchemaIdsAcrossRestartsAndCloseStopsTheChild(@TempDir Path workDir) throws Exception {
        String id;
        long firstPid;
        try (EmbeddedRegistry first = EmbeddedRegistry.start(workDir)) {
            firstPid = first.pid();
            post(first, "/subjects/other-value/versions", V2_INCOMPATIBLE);
            HttpResponse<String> registered = post(first, "/subjects/kept-value/versions", V1);
            assertThat(registered.statusCode()).isEqualTo(200);
            id = registered.body().replaceAll("\\D", "");
        }
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(workDir.resolve("registry-db")).isDirectory();

        EmbeddedRegistry second = EmbeddedRegistry.start(workDir);
        try {
            HttpResponse<String> byId = http.send(HttpRequest.newBuilder(URI.create(second.url() + "/schemas/ids/" + id))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(byId.statusCode()).isEqualTo(200);
            assertThat(byId.body()).contains("Article").doesNotContain("body");
            assertThat(post(second, "/subjects/kept-value/versions", V1).body()).isEqualTo("{\"id\":" + id + "}");
        } finally {
            second.close();
            second.close();
        }
    }

    @Test
    void aTakenPortFallsBackToAFreeOneAndAFreeOneAskedForIsUsed(@TempDir Path workDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             EmbeddedRegistry fellBack = EmbeddedRegistry.start(workDir.resolve("a"), taken.getLocalPort())) {
            assertThat(fellBack.port().fellBack()).isTrue();
            assertThat(fellBack.port().requested()).isEqualTo(taken.getLocalPort());
            assertThat(fellBack.url()).isEqualTo("http://127.0.0.1:" + fellBack.port().port() + "/apis/ccompat/v7");
            assertThat(post(fellBack, "/subjects/z-value/versions", V1).statusCode()).isEqualTo(200);
        }
        int asked = EmbeddedKafka.freeLoopbackPort();
        try (EmbeddedRegistry onAsked = EmbeddedRegistry.start(workDir.resolve("b"), asked)) {
            assertThat(onAsked.port()).isEqualTo(new ListenPort(asked, asked));
            assertThat(onAsked.url()).isEqualTo("http://127.0.0.1:" + asked + "/apis/ccompat/v7");
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(registry, path, body);
    }

    private HttpResponse<String> post(EmbeddedRegistry target, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(target.url() + path))
                .header("Content-Type", SCHEMA_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(registry.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
