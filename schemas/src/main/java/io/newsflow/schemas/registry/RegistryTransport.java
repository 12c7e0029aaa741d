package io.newsflow.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with the registry: authentication, TLS trust, timeouts, bounded retries of
 * transient failures, and the translation of Confluent's error bodies into
 * {@link SchemaRegistryException}s that name the URL and what was being done.
 *
 * <p>Kept apart from {@link SchemaRegistryClient} so the client reads as the REST API it speaks.
 * The base URL it shows in messages has any {@code user:password@} removed, and the Authorization
 * header is the only place credentials go.
 */
final class RegistryTransport {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryTransport.class);

    private final String baseUrl;
    private final RegistryClientOptions options;
    private final Optional<String> authorization;
    private final ObjectMapper json;
    private final HttpClient http;

    RegistryTransport(String url, RegistryClientOptions options, ObjectMapper json) {
        URI uri = parse(url);
        this.baseUrl = withoutCredentials(uri);
        this.options = options;
        this.json = json;
        Optional<String> userInfo = options.userInfo().or(() -> Optional.ofNullable(uri.getUserInfo()));
        this.authorization = userInfo.map(u -> "Basic " + Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8)));
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (options.truststoreLocation().isPresent()) {
            builder.sslContext(sslContext(options));
        }
        this.http = builder.build();
    }

    /** The base URL without credentials: safe to show. */
    String baseUrl() {
        return baseUrl;
    }

    boolean authenticates() {
        return authorization.isPresent();
    }

    static String segment(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends one request, retrying transient failures with doubling back-off.
     *
     * @param what what the caller is doing, for messages: "register a schema under subject 'x'"
     */
    JsonNode send(String method, String path, Object body, String what) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("Accept", ACCEPT);
        authorization.ifPresent(a -> builder.header("Authorization", a));
        if (body != null) {
            builder.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            SchemaRegistryException failure;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() / 100 == 2) {
                    return parse(response.body(), method, uri, what);
                }
                failure = refused(response.statusCode(), response.body(), method, uri, what);
            } catch (IOException e) {
                failure = new SchemaRegistryException("Schema Registry at " + baseUrl + " is unreachable: " + reason(e)
                        + " (trying to " + what + ", " + method + " " + uri.getPath() + ", attempt " + attempt + " of "
                        + options.maxAttempts() + ")", uri.toString(), 0, SchemaRegistryException.UNREACHABLE, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while waiting for the Schema Registry at " + baseUrl
                        + " to " + what, uri.toString(), 0, SchemaRegistryException.UNREACHABLE, e);
            }
            if (!failure.isTransient() || attempt >= options.maxAttempts()) {
                throw failure;
            }
            Duration pause = options.backoffAfter(attempt);
            LOG.warn("{}; retrying in {} ms", failure.getMessage(), pause.toMillis());
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a registry request body", e);
        }
    }

    private JsonNode parse(byte[] body, String method, URI uri, String what) {
        try {
            return body.length == 0 ? json.nullNode() : json.readTree(body);
        } catch (IOException e) {
            throw new SchemaRegistryException("Schema Registry at " + baseUrl + " answered " + method + " " + uri.getPath()
                    + " (trying to " + what + ") with a body that is not JSON: " + snippet(body), uri.toString(), 200, 200, e);
        }
    }

    private SchemaRegistryException refused(int status, byte[] body, String method, URI uri, String what) {
        int code = status;
        String registryMessage = snippet(body);
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                code = node.path("error_code").asInt(status);
                registryMessage = node.path("message").asText(registryMessage);
            }
        } catch (IOException e) {
            // not JSON (a proxy's HTML page): the snippet of the body stands
        }
        String message = "Schema Registry at " + baseUrl + " could not " + what + ": " + meaning(status, code)
                + " (HTTP " + status + ", error code " + code + (registryMessage.isEmpty() ? "" : ": " + registryMessage)
                + "; " + method + " " + uri.getPath() + ")";
        return new SchemaRegistryException(message, uri.toString(), status, code, null);
    }

    private static String meaning(int status, int code) {
        switch (code) {
            case SchemaRegistryException.SUBJECT_NOT_FOUND: return "subject not found";
            case SchemaRegistryException.VERSION_NOT_FOUND: return "version not found";
            case SchemaRegistryException.SCHEMA_NOT_FOUND: return "schema not found";
            case SchemaRegistryException.SUBJECT_SOFT_DELETED: return "subject is soft-deleted";
            case SchemaRegistryException.SUBJECT_CONFIG_NOT_FOUND: return "subject has no compatibility level of its own";
            case SchemaRegistryException.INCOMPATIBLE_SCHEMA: return "schema is incompatible with the registered versions";
            case SchemaRegistryException.INVALID_SCHEMA: return "invalid schema";
            case SchemaRegistryException.INVALID_VERSION: return "invalid version";
            case SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL: return "invalid compatibility level";
            case 50001: return "registry storage error";
            case 50002: return "registry operation timed out";
            case 50003: return "registry could not forward the request to its leader";
            default: break;
        }
        if (status == 401) {
            return "authentication failed (check registry.basic.auth.user.info)";
        }
        if (status == 403) {
            return "access denied to these credentials";
        }
        return status >= 500 ? "registry error" : "request refused";
    }

    /** The most telling message in a chain of network exceptions ("Connection refused"). */
    private static String reason(Throwable e) {
        boolean connect = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "connect timed out";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within the request timeout";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
            connect |= t instanceof ConnectException;
        }
        // java.net.http reports a refused connection as a ConnectException chain without any message
        return connect ? "Connection refused" : e.getClass().getSimpleName();
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new ConfigException("Configuration key 'registry.url' must be an http:// or https:// URL with a host, but it is '"
                        + redact(url) + "'.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("Configuration key 'registry.url' must be a URL, but it is '" + redact(url) + "' (" + e.getReason() + ").");
        }
    }

    private static String redact(String url) {
        return url.replaceAll("//[^/@]*@", "//***@");
    }

    private static String withoutCredentials(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return uri.getScheme() + "://" + uri.getHost() + port + path;
    }

    private static SSLContext sslContext(RegistryClientOptions options) {
        String location = options.truststoreLocation().orElseThrow();
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            KeyStore store = KeyStore.getInstance(options.truststoreType());
            store.load(in, options.truststorePassword().map(String::toCharArray).orElse(null));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("Could not load the trust store " + location + " (registry.ssl.truststore.location, type "
                    + options.truststoreType() + "): " + e.getMessage(), e);
        }
    }
}
