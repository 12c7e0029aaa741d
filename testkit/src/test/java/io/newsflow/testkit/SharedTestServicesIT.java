package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedTestServicesIT {
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @Test
    void oneBrokerServesTheWholeJvm() throws Exception {
        String bootstrap = TestServices.kafkaBootstrap();
        assertThat(TestServices.kafkaBootstrap()).isEqualTo(bootstrap);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void oneRegistryServesTheWholeJvm() throws Exception {
        String url = TestServices.registryUrl();
        assertThat(TestServices.registryUrl()).isEqualTo(url).endsWith("/apis/ccompat/v7");
        HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/subjects")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(subjects.statusCode()).isEqualTo(200);
    }

    @Test
    void everyPrefixIsFresh() {
        Set<String> prefixes = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) {
            prefixes.add(TestServices.uniquePrefix());
        }
        assertThat(prefixes).hasSize(100).allMatch(p -> p.matches("t\\d+\\."));
    }

    @Test
    void missingServiceSkipsLocallyAndFailsInCi() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        int port = closedPort;
        assertThatThrownBy(() -> TestServices.requireService("Nothing", "127.0.0.1", port))
                .isInstanceOf(CI ? AssertionFailedError.class : TestAbortedException.class)
                .hasMessageContaining("Nothing is not reachable at 127.0.0.1:" + port);
    }

    @Test
    void postgresUrlIsTheTestDatabaseAndAcceptsConnections() throws Exception {
        String url = TestServices.postgresJdbcUrl(); // skips here when PostgreSQL is absent (fails when CI=true)

        assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void chromiumAndItsDriverAreExecutables() {
        TestServices.Chromium chromium = TestServices.requireChromium(); // skips here when absent (fails when CI=true)

        assertThat(chromium.browser()).isExecutable();
        assertThat(chromium.driver()).isExecutable();
    }

    @Test
    void runningServiceIsAccepted() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TestServices.requireService("A listener", "127.0.0.1", socket.getLocalPort());
        }
    }
}
