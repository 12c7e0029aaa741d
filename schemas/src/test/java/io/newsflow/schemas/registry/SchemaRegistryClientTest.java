package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.newsflow.config.ConfigException;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.registry.CannedRegistry.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against canned Confluent answers: requests it sends, errors it maps, what it caches and retries. */
class SchemaRegistryClientTest {
    private static final Schema RAW = RawArticle.getClassSchema();
    private static final String RAW_JSON_ESCAPED = RAW.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    private static final Map<String, String> FAST_RETRY = Map.of("retry.backoff.ms", "1", "retry.backoff.max.ms", "5");

    private final CannedRegistry registry = new CannedRegistry();

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void registersWithTheConfluentContentTypeAndTheExactSchemaText() {
        registry.on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":7}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.register("news.raw-value", RAW)).isEqualTo(7);

        CannedRegistry.Request request = registry.requests().get(0);
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.body()).isEqualTo("{\"schema\":\"" + RAW_JSON_ESCAPED + "\"}");
    }

    @Test
    void registeringTheSameSchemaTwiceAsksTheRegistryOnce() {
        registry.on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":7}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        client.register("news.raw-value", RAW);
        client.register("news.raw-value", new Schema.Parser().parse(RAW.toString()));

        assertThat(registry.count("POST /subjects/news.raw-value/versions")).isEqualTo(1);
    }

    @Test
    void aSchemaThatDiffersOnlyInItsDocIsRegisteredSeparately() {
        registry.on("POST /subjects/s-value/versions", Answer.ok("{\"id\":1}"), Answer.ok("{\"id\":2}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);
        Schema v1 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"A\",\"doc\":\"one\",\"fields\":[]}");
        Schema v1OtherDoc = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"A\",\"doc\":\"two\",\"fields\":[]}");

        assertThat(client.register("s-value", v1)).isEqualTo(1);
        assertThat(client.register("s-value", v1OtherDoc)).isEqualTo(2);
    }

    @Test
    void fetchesASchemaByIdOnceAndServesItFromTheCacheAfterwards() {
        registry.on("GET /schemas/ids/42", Answer.ok("{\"schema\":\"" + RAW_JSON_ESCAPED + "\",\"references\":[]}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.schemaById(42)).isEqualTo(RAW);
        assertThat(client.schemaById(42)).isEqualTo(RAW);

        assertThat(registry.count("GET /schemas/ids/42")).isEqualTo(1);
    }

    @Test
    void aRegisteredSchemaIsKnownByIdWithoutAskingAgain() {
        registry.on("POST /subjects/news.raw-value/versions", Answer.ok("{\"id\":9}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        client.register("news.raw-value", RAW);

        assertThat(client.schemaById(9)).isSameAs(RAW);
        assertThat(registry.count("GET /schemas/ids/9")).isZero();
    }

    @Test
    void unknownSchemaIdIsError40403NamingTheIdAndTheUrl() {
        registry.on("GET /schemas/ids/404", Answer.error(404, 40403, "Schema not found"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(404));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.isNotFound()).isTrue();
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getMessage()).contains("schema id 404", registry.url(), "schema not found", "40403");
        assertThat(registry.count("GET /schemas/ids/404")).as("a 4xx is not retried").isEqualTo(1);
    }

    @Test
    void unknownSubjectIsError40401NamingTheSubject() {
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.latest("news.nope-value"));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
        assertThat(e.getMessage()).contains("'news.nope-value'", "subject not found", registry.url());
    }

    @Test
    void lookupOfASchemaNotUnderTheSubjectIsError40403() {
        registry.on("POST /subjects/news.raw-value", Answer.error(404, 40403, "Schema not found"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.lookup("news.raw-value", RAW));

        assertThat(e.errorCode()).isEqualTo(40403);
        assertThat(e.getMessage()).contains("look up a schema under subject 'news.raw-value'");
    }

    @Test
    void lookupReturnsIdAndVersionAndCachesThem() {
        registry.on("POST /subjects/news.raw-value",
                Answer.ok("{\"id\":3,\"subject\":\"news.raw-value\",\"version\":2,\"schema\":\"" + RAW_JSON_ESCAPED + "\",\"references\":[]}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        RegisteredSchema found = client.lookup("news.raw-value", RAW);
        client.lookup("news.raw-value", RAW);

        assertThat(found).isEqualTo(new RegisteredSchema("news.raw-value", 3, 2, RAW));
        assertThat(registry.count("POST /subjects/news.raw-value")).isEqualTo(1);
    }

    @Test
    void incompatibleSchemaIsError409WithTheRegistrysReason() {
        registry.on("POST /subjects/news.raw-value/versions",
                Answer.error(409, 409, "Schema being registered is incompatible with an earlier schema"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.register("news.raw-value", RAW));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
        assertThat(e.getMessage()).contains("'news.raw-value'", "incompatible", "earlier schema");
    }

    @Test
    void registrationLostToAConcurrentOneFindsTheWinnersId() {
        registry.on("POST /subjects/news.raw-value/versions",
                Answer.error(409, 409, "An artifact with ID 'news.raw-value' in group 'null' already exists."));
        registry.on("POST /subjects/news.raw-value",
                Answer.ok("{\"subject\":\"news.raw-value\",\"id\":12,\"version\":1,\"schema\":\"\"}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.register("news.raw-value", RAW)).isEqualTo(12);
    }

    @Test
    void invalidSchemaIsError42201() {
        registry.on("POST /subjects/news.raw-value/versions", Answer.error(422, 42201, "Invalid schema"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.register("news.raw-value", RAW));

        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_SCHEMA);
        assertThat(e.getMessage()).contains("invalid schema");
    }

    @Test
    void serverErrorsAreRetriedAndThenSucceed() {
        registry.on("GET /schemas/ids/5", Answer.error(500, 50001, "Error in the backend data store"),
                Answer.error(503, 50003, "Error while forwarding the request to the leader"),
                Answer.ok("{\"schema\":\"\\\"string\\\"\"}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.schemaById(5)).isEqualTo(Schema.create(Schema.Type.STRING));
        assertThat(registry.count("GET /schemas/ids/5")).isEqualTo(3);
    }

    @Test
    void persistentServerErrorsFailAfterTheConfiguredAttempts() {
        registry.on("GET /schemas/ids/5", Answer.error(500, 50001, "Error in the backend data store"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(),
                Map.of("retry.max.attempts", "3", "retry.backoff.ms", "1"));

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(5));

        assertThat(e.errorCode()).isEqualTo(50001);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).contains("registry storage error", "backend data store");
        assertThat(registry.count("GET /schemas/ids/5")).isEqualTo(3);
    }

    @Test
    void anErrorPageThatIsNotJsonIsReportedWithItsStatus() {
        registry.on("GET /subjects", new Answer(502, "<html>Bad Gateway</html>"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), Map.of("retry.max.attempts", "1"));

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, client::subjects);

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.getMessage()).contains("HTTP 502", "Bad Gateway", registry.url());
    }

    @Test
    void unreachableRegistryNamesItsUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        SchemaRegistryClient client = new SchemaRegistryClient(url, Map.of("retry.max.attempts", "2", "retry.backoff.ms", "1"));

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(1));

        assertThat(e.getMessage()).startsWith("Schema Registry at " + url + " is unreachable: Connection refused");
        assertThat(e.status()).isZero();
        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.UNREACHABLE);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void aRegistryThatNeverAnswersTimesOut() {
        registry.hang();
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(),
                Map.of("request.timeout.ms", "200", "retry.max.attempts", "1"));

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(1));

        assertThat(e.getMessage()).contains(registry.url(), "unreachable", "no answer within the request timeout");
    }

    @Test
    void sendsBasicAuthAndNeverShowsTheSecret() {
        registry.on("GET /subjects", Answer.error(401, 40101, "Unauthorized"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(),
                Map.of("basic.auth.user.info", "newsflow:s3cr3t-pw", "retry.max.attempts", "1"));

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, client::subjects);

        String expected = "Basic " + Base64.getEncoder().encodeToString("newsflow:s3cr3t-pw".getBytes(StandardCharsets.UTF_8));
        assertThat(registry.requests().get(0).header("Authorization")).isEqualTo(expected);
        assertThat(e.getMessage()).contains("authentication failed").doesNotContain("s3cr3t-pw");
        assertThat(client.toString()).doesNotContain("s3cr3t-pw");
    }

    @Test
    void credentialsInTheUrlBecomeBasicAuthAndAreNeverShown() {
        registry.on("GET /subjects", Answer.ok("[\"a-value\"]"));
        String url = "http://reader:t0p-secret@127.0.0.1:" + registry.port() + "/";
        SchemaRegistryClient client = new SchemaRegistryClient(url, Map.of());

        assertThat(client.subjects()).containsExactly("a-value");
        assertThat(registry.requests().get(0).header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("reader:t0p-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(client.url()).isEqualTo(registry.url());
        assertThat(client.toString()).doesNotContain("t0p-secret");
    }

    @Test
    void compatibilityCheckReadsConfluentMessagesAndApicurioReasons() {
        registry.on("POST /compatibility/subjects/c-value/versions/latest",
                Answer.ok("{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE y\"]}"));
        registry.on("POST /compatibility/subjects/a-value/versions/latest",
                Answer.ok("{\"is_compatible\":false,\"reason\":\"Incompatible artifact: a-value [AVRO]\"}"));
        registry.on("POST /compatibility/subjects/ok-value/versions/latest", Answer.ok("{\"is_compatible\":true}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.testCompatibility("c-value", RAW))
                .isEqualTo(new CompatibilityResult(false, java.util.List.of("READER_FIELD_MISSING_DEFAULT_VALUE y")));
        assertThat(client.testCompatibility("a-value", RAW).reasons()).containsExactly("Incompatible artifact: a-value [AVRO]");
        assertThat(client.testCompatibility("ok-value", RAW).compatible()).isTrue();
        assertThat(registry.requests().get(0).query()).isEqualTo("verbose=true");
    }

    @Test
    void aSubjectWithoutVersionsAcceptsAnySchema() {
        registry.on("POST /compatibility/subjects/new-value/versions/latest", Answer.error(404, 40401, "Subject not found"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.testCompatibility("new-value", RAW).compatible()).isTrue();
    }

    @Test
    void readsAndWritesCompatibilityLevels() {
        registry.on("GET /config", Answer.ok("{\"compatibilityLevel\":\"BACKWARD\"}"));
        registry.on("GET /config/s-value", Answer.ok("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}"));
        registry.on("PUT /config/s-value", Answer.ok("{\"compatibility\":\"NONE\"}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.subjectCompatibility("s-value")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        client.setSubjectCompatibility("s-value", CompatibilityLevel.NONE);

        assertThat(registry.requests().get(2).body()).isEqualTo("{\"compatibility\":\"NONE\"}");
    }

    @Test
    void listsAndDeletesSubjects() {
        registry.on("GET /subjects", Answer.ok("[\"a-value\",\"b-value\"]"));
        registry.on("DELETE /subjects/a-value", Answer.ok("[1,2]"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThat(client.subjects()).containsExactly("a-value", "b-value");
        assertThat(client.deleteSubject("a-value", true)).containsExactly(1, 2);
        assertThat(registry.requests().get(1).query()).isEqualTo("permanent=true");
    }

    @Test
    void aSchemaThatIsNotAvroIsRefusedWithTheId() {
        registry.on("GET /schemas/ids/8", Answer.ok("{\"schema\":\"{}\",\"schemaType\":\"JSON\"}"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), FAST_RETRY);

        assertThatThrownBy(() -> client.schemaById(8)).isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema id 8").hasMessageContaining("JSON");
    }

    @Test
    void wrongSettingsNameTheirKey() {
        assertThatThrownBy(() -> new SchemaRegistryClient(registry.url(), Map.of("retry.max.attempts", "many")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'registry.retry.max.attempts'").hasMessageContaining("'many'");
        assertThatThrownBy(() -> new SchemaRegistryClient("ftp://x", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'registry.url'");
        assertThatThrownBy(() -> new SchemaRegistryClient(registry.url(), Map.of("basic.auth.user.info", "no-colon-secret")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("user:password").hasMessageNotContaining("no-colon-secret");
    }

    @Test
    void aMissingTrustStoreIsNamedButItsPasswordIsNot() {
        assertThatThrownBy(() -> new SchemaRegistryClient("https://127.0.0.1:1",
                Map.of("ssl.truststore.location", "/nonexistent/truststore.p12", "ssl.truststore.password", "tr-pass-123")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("/nonexistent/truststore.p12")
                .hasMessageNotContaining("tr-pass-123");
    }
}
