package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.newsflow.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry behind HTTPS with a certificate no public CA signed, as in a private cluster: trusted
 * through {@code ssl.truststore.*}, refused without it, and the trust store password never shown.
 * The key pair and trust store are made by the JDK's keytool for each run.
 */
class RegistryTlsTest {
    private static final String STORE_PASSWORD = "st0re-pa55word";
    private static final String TRUST_PASSWORD = "trust-pa55word";

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("registry.p12");
        Path cert = dir.resolve("registry.crt");
        keytool("-genkeypair", "-alias", "registry", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "registry", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "registry", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", dir.resolve("trust.p12").toString(), "-storepass", TRUST_PASSWORD);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/subjects", exchange -> {
            byte[] body = "[\"tls-value\"]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void trustsARegistryCertificateFromTheTrustStore() {
        SchemaRegistryClient client = new SchemaRegistryClient(url, Map.of(
                "ssl.truststore.location", dir.resolve("trust.p12").toString(),
                "ssl.truststore.password", TRUST_PASSWORD,
                "ssl.truststore.type", "PKCS12"));

        assertThat(client.subjects()).containsExactly("tls-value");
        assertThat(client.toString()).doesNotContain(TRUST_PASSWORD);
    }

    @Test
    void refusesAnUntrustedCertificateNamingTheUrl() {
        SchemaRegistryClient client = new SchemaRegistryClient(url, Map.of("retry.max.attempts", "1"));

        assertThatThrownBy(client::subjects).isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("Schema Registry at " + url + " is unreachable");
    }

    @Test
    void aWrongTrustStorePasswordNamesTheStoreButNotThePassword() {
        assertThatThrownBy(() -> new SchemaRegistryClient(url, Map.of(
                "ssl.truststore.location", dir.resolve("trust.p12").toString(),
                "ssl.truststore.password", "wrong-pa55word")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir.resolve("trust.p12").toString())
                .hasMessageNotContaining("wrong-pa55word");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
