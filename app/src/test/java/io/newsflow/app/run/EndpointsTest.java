package io.newsflow.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsTest {
    private final Endpoints endpoints = new Endpoints("127.0.0.1:9092", "http://127.0.0.1:8081/apis/ccompat/v7");

    @Test
    void announcesKafkaAndTheConfluentCompatibleRegistryInOneLine() {
        assertThat(endpoints.announcement())
                .isEqualTo("Kafka at 127.0.0.1:9092, schema registry at http://127.0.0.1:8081/apis/ccompat/v7");
    }

    @Test
    void theFileIsASettingsFileThatPointsAnyCommandAtTheRun(@TempDir Path dataDir) {
        Path file = endpoints.writeTo(dataDir);

        assertThat(file).isEqualTo(dataDir.resolve("endpoints.properties"));
        Settings settings = Settings.load(file, Map.of(), Map.of());
        assertThat(settings.required("kafka.bootstrap.servers")).isEqualTo("127.0.0.1:9092");
        assertThat(settings.required("registry.url")).isEqualTo("http://127.0.0.1:8081/apis/ccompat/v7");
        assertThat(settings.required("pid")).isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void aSecondRunReplacesTheFileAndStoppingRemovesIt(@TempDir Path dataDir) throws Exception {
        endpoints.writeTo(dataDir);
        new Endpoints("127.0.0.1:40001", "http://127.0.0.1:40002/apis/ccompat/v7").writeTo(dataDir);
        assertThat(Files.readString(dataDir.resolve("endpoints.properties"))).contains("127.0.0.1:40001")
                .doesNotContain("9092");
        try (var files = Files.list(dataDir)) {
            assertThat(files).hasSize(1);
        }

        Endpoints.removeFrom(dataDir);
        assertThat(dataDir.resolve("endpoints.properties")).doesNotExist();
    }

    @Test
    void theDefaultPortsAreThoseOfConfluentsQuickstartAndSettingsChangeThem() {
        assertThat(EmbeddedConfig.from(Settings.empty())).isEqualTo(new EmbeddedConfig(9092, 8081));
        assertThat(EmbeddedConfig.from(Settings.empty().with(Map.of("embedded.kafka.port", "0", "embedded.registry.port", "18081"), "test")))
                .isEqualTo(new EmbeddedConfig(0, 18081));
    }
}
