package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void environmentWinsOverFileAndCommandLineWinsOverEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "topic.prefix=file.\nenrich.threads=1\nregistry.url=http://file:8081\n");

        Settings settings = Settings.load(file,
                Map.of("NEWSFLOW_ENRICH_THREADS", "2", "NEWSFLOW_REGISTRY_URL", "http://env:8081", "PATH", "/bin"),
                Map.of("registry.url", "http://cli:8081"));

        assertThat(settings.string("topic.prefix", "x")).isEqualTo("file.");
        assertThat(settings.intValue("enrich.threads", 1, 1, 64)).isEqualTo(2);
        assertThat(settings.string("registry.url", "x")).isEqualTo("http://cli:8081");
        assertThat(settings.has("path")).isFalse();
    }

    @Test
    void environmentVariableNamesMapToDottedKeys() {
        assertThat(Settings.keyOfEnvironmentVariable("NEWSFLOW_KAFKA_SASL_JAAS_CONFIG")).isEqualTo("kafka.sasl.jaas.config");
        assertThat(Settings.environmentVariableOf("kafka.bootstrap.servers")).isEqualTo("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void wrongValueNamesTheKeyAndItsOrigin() {
        Settings settings = Settings.empty().withEnvironment(Map.of("NEWSFLOW_ENRICH_THREADS", "many"));

        assertThatThrownBy(() -> settings.intValue("enrich.threads", 1, 1, 64))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Configuration key 'enrich.threads' must be a whole number, but it is 'many' "
                        + "(from environment variable NEWSFLOW_ENRICH_THREADS).");
    }

    @Test
    void outOfRangeValueIsRefused() {
        Settings settings = Settings.empty().with("enrich.threads", "0");

        assertThatThrownBy(() -> settings.intValue("enrich.threads", 1, 1, 64))
                .hasMessageContaining("must be between 1 and 64");
    }

    @Test
    void missingRequiredKeySaysHowToSetIt() {
        assertThatThrownBy(() -> Settings.empty().required("registry.url"))
                .hasMessageContaining("'registry.url' is required")
                .hasMessageContaining("NEWSFLOW_REGISTRY_URL");
    }

    @Test
    void secretsAreMaskedInErrorsAndDumps() {
        Settings settings = Settings.empty().with("kafka.sasl.jaas.config", "password=\"hunter2\"")
                .with("dashboard.token", "s3cret-token");

        assertThat(settings.describe()).doesNotContain("hunter2").doesNotContain("s3cret-token").contains("****");
        assertThat(settings.wrong("dashboard.token", "must be long").getMessage()).doesNotContain("s3cret-token");
    }

    @Test
    void kafkaKeysPassThroughWithoutPrefix() {
        Settings settings = Settings.empty().withEnvironment(Map.of(
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "b:9092",
                "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSFLOW_REGISTRY_URL", "http://r:8081/"));

        ClusterConfig cluster = ClusterConfig.from(settings);

        assertThat(cluster.clientProperties()).containsEntry("bootstrap.servers", "b:9092")
                .containsEntry("security.protocol", "SASL_SSL");
        assertThat(cluster.registryUrl()).isEqualTo("http://r:8081");
    }

    @Test
    void durationsAcceptUnitsAndIso() {
        Settings settings = Settings.empty().with("a", "250ms").with("b", "5m").with("c", "PT2H").with("d", "7d");

        assertThat(settings.duration("a", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.duration("b", Duration.ZERO)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.duration("c", Duration.ZERO)).isEqualTo(Duration.ofHours(2));
        assertThat(settings.duration("d", Duration.ZERO)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void unreadKeysRevealTypos() {
        Settings settings = Settings.empty().with("enrich.threads", "2").with("enrich.thraeds", "4");

        settings.intValue("enrich.threads", 1, 1, 8);

        assertThat(settings.unreadKeys()).containsExactly("enrich.thraeds");
    }
}
