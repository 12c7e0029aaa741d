package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.dashboard.DashboardConfig;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.alert.DeliveryConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is written for users and cannot be run here (no Docker engine), so this test
 * proves what can be proved without one: the file parses, the services the README promises exist,
 * every NEWSFLOW_* variable is a key some stage's configuration really reads, and the addresses the
 * stages are given point at the ports the infrastructure services open.
 */
class DockerComposeTest {
    private static final Path COMPOSE = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
            .resolve("docker-compose.yml");
    private static final List<String> STAGES = List.of("ingest", "enrich", "sink", "dashboard");

    private final JsonNode compose = read();

    private static Path composeFile() {
        return Files.exists(COMPOSE) ? COMPOSE : Path.of("docker-compose.yml");
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(composeFile().toFile());
        } catch (Exception e) {
            throw new AssertionError("docker-compose.yml does not parse: " + e.getMessage(), e);
        }
    }

    @Test
    void declaresTheInfrastructureAndEveryStage() {
        assertThat(compose.get("services").fieldNames()).toIterable()
                .contains("kafka", "schema-registry", "postgres", "ingest", "enrich", "sink", "dashboard");
        assertThat(compose.at("/services/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(compose.at("/services/schema-registry/image").asText()).startsWith("confluentinc/cp-schema-registry:");
    }

    @Test
    void dockerComposeItselfAcceptsTheFile() throws Exception {
        Path tool = Path.of("/usr/bin/docker-compose");
        if (!Files.isExecutable(tool)) {
            String message = "docker-compose is not installed (apt-get install docker-compose); the file was only parsed";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Process check = new ProcessBuilder(tool.toString(), "-f", composeFile().toString(), "config", "-q")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(output).isZero();
    }

    @Test
    void everyStageRunsItsOwnCommandOfTheOneImage() {
        for (String stage : STAGES) {
            JsonNode service = compose.at("/services/" + stage);
            assertThat(service.at("/command/0").asText()).as(stage).isEqualTo(stage);
            assertThat(service.at("/build").asText()).as(stage).isEqualTo(".");
        }
        assertThat(Files.exists(composeFile().toAbsolutePath().resolveSibling("Dockerfile"))).isTrue();
    }

    @Test
    void everyEnvironmentVariableIsAKeyTheStagesRead() {
        for (String stage : STAGES) {
            Settings settings = Settings.empty().withEnvironment(environment(stage));

            readEveryStageConfiguration(settings);

            assertThat(settings.unreadKeys()).as("keys of service %s that no configuration reads", stage).isEmpty();
        }
    }

    @Test
    void stagesPointAtTheInfrastructurePorts() {
        for (String stage : STAGES) {
            ClusterConfig cluster = ClusterConfig.from(Settings.empty().withEnvironment(environment(stage)));
            assertThat(cluster.bootstrapServers()).isEqualTo("kafka:" + listenerPort("PLAINTEXT"));
            URI registry = URI.create(cluster.registryUrl());
            assertThat(registry.getHost()).isEqualTo("schema-registry");
            assertThat(registry.getPort()).isEqualTo(URI.create(
                    compose.at("/services/schema-registry/environment/SCHEMA_REGISTRY_LISTENERS").asText()).getPort());
        }
        String jdbc = environment("sink").get("NEWSFLOW_SINK_JDBC_URL");
        assertThat(jdbc).startsWith("jdbc:postgresql://postgres:5432/" + compose.at("/services/postgres/environment/POSTGRES_DB").asText());
    }

    @Test
    void dashboardPublishesThePortItListensOnAndHasATokenBeyondLoopback() {
        Settings settings = Settings.empty().withEnvironment(environment("dashboard"));
        DashboardConfig dashboard = DashboardConfig.from(settings);
        String published = compose.at("/services/dashboard/ports/0").asText();

        assertThat(published).endsWith(":" + dashboard.port());
        assertThat(dashboard.token()).isPresent();
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        compose.at("/services/" + service + "/environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    private String listenerPort(String name) {
        String listeners = compose.at("/services/kafka/environment/KAFKA_LISTENERS").asText();
        return StreamSupport.stream(List.of(listeners.split(",")).spliterator(), false)
                .filter(l -> l.startsWith(name + "://")).map(l -> l.substring(l.lastIndexOf(':') + 1))
                .findFirst().orElseThrow();
    }

    /** What the four stage commands read between them; a key none of them reads is a typo. */
    private static void readEveryStageConfiguration(Settings settings) {
        ClusterConfig cluster = ClusterConfig.from(settings);
        settings.intValue("topic.replication.factor", 1, 1, 32);
        IngestConfig.from(settings);
        EnrichConfig.from(settings);
        NlpConfig.from(settings);
        AlertConfig.from(settings, cluster.topics());
        SinkConfig.from(settings);
        DeliveryConfig.from(settings);
        if (settings.has("dashboard.token") || settings.has("dashboard.host")) {
            DashboardConfig.from(settings);
        }
    }
}
