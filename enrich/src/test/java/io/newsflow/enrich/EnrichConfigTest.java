package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.ConfigException;
import io.newsflow.config.Settings;
import io.newsflow.enrich.topology.CommitPacing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichConfigTest {
    private static Settings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9092", "registry.url", "http://127.0.0.1:8081"));
        values.putAll(extra);
        return Settings.empty().with(values, "test");
    }

    @Test
    void defaultsToTheLiveApplicationUnderTheDataDirectory() {
        EnrichConfig config = EnrichConfig.from(settings(Map.of("data.dir", "/var/lib/newsflow")));
        assertThat(config.applicationId()).isEqualTo("newsflow-enrich");
        assertThat(config.enrichmentVersion()).isEqualTo(1);
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/newsflow/enrich-state"));
        assertThat(config.dedupWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(config.dedupMaxDistance()).isEqualTo(5);
        assertThat(config.trendGrace()).isEqualTo(Duration.ofHours(24));
        assertThat(config.httpEnabled()).isTrue();
        assertThat(config.httpPort()).isEqualTo(8082);
        assertThat(config.httpAdvertisedHost()).isEqualTo("127.0.0.1");
        assertThat(config.cluster().topics().raw()).isEqualTo("news.raw");
    }

    @Test
    void readsEveryKey() {
        EnrichConfig config = EnrichConfig.from(settings(Map.of("enrich.application.id", "replay-7", "enrich.version", "3",
                "enrich.threads", "4", "enrich.state.dir", "/tmp/s", "enrich.max.body.chars", "20000",
                "enrich.dedup.window", "2d", "enrich.trends.grace", "1h", "enrich.http.port", "-1")));
        assertThat(config.applicationId()).isEqualTo("replay-7");
        assertThat(config.enrichmentVersion()).isEqualTo(3);
        assertThat(config.streamThreads()).isEqualTo(4);
        assertThat(config.stateDir()).isEqualTo(Path.of("/tmp/s"));
        assertThat(config.maxBodyChars()).isEqualTo(20_000);
        assertThat(config.dedupWindow()).isEqualTo(Duration.ofDays(2));
        assertThat(config.trendGrace()).isEqualTo(Duration.ofHours(1));
        assertThat(config.httpEnabled()).isFalse();
    }

    @Test
    void rejectsAVersionThatIsNotAPositiveNumberNamingTheKey() {
        assertThatThrownBy(() -> EnrichConfig.from(settings(Map.of("enrich.version", "two"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.version");
        assertThatThrownBy(() -> EnrichConfig.from(settings(Map.of("enrich.version", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.version");
    }

    @Test
    void configuresExactlyOnceReadCommittedAndDeadLetters(@TempDir Path dir) {
        EnrichConfig config = EnrichConfig.from(settings(Map.of("enrich.state.dir", dir.resolve("state").toString(),
                "kafka.security.protocol", "SASL_SSL")));
        Properties props = EnrichService.properties(config, new HostInfo("127.0.0.1", 8099));
        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
        assertThat(props.get("consumer.isolation.level")).isEqualTo("read_committed");
        assertThat(props.get("producer.enable.idempotence")).isEqualTo(true);
        assertThat(props.get(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("127.0.0.1:8099");
        assertThat(props.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("news.dlq");
        assertThat(props.get("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(dir.resolve("state")).isDirectory();
    }

    @Test
    void commitsEvery50MsPacedUpToOneSecondUnlessKafkaCommitIntervalIsSet(@TempDir Path dir) {
        EnrichConfig defaults = EnrichConfig.from(settings(Map.of("enrich.state.dir", dir.resolve("a").toString())));
        assertThat(defaults.commitPacing()).isEqualTo(new CommitPacing(Duration.ofMillis(50), Duration.ofSeconds(1)));
        // Streams' own interval is the ceiling; the pacer's steps ask for the earlier commits.
        assertThat(EnrichService.properties(defaults, null).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(1000L);

        EnrichConfig set = EnrichConfig.from(settings(Map.of("enrich.state.dir", dir.resolve("b").toString(),
                "kafka.commit.interval.ms", "200")));
        assertThat(EnrichService.properties(set, null).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo("200");
        assertThat(set.commitPacing()).isEqualTo(CommitPacing.fixed(Duration.ofMillis(200)));
        assertThat(set.commitPacing().paced()).isFalse();

        EnrichConfig bounds = EnrichConfig.from(settings(Map.of("enrich.state.dir", dir.resolve("c").toString(),
                "enrich.commit.interval.min", "20ms", "enrich.commit.interval.max", "5s")));
        assertThat(bounds.commitPacing()).isEqualTo(new CommitPacing(Duration.ofMillis(20), Duration.ofSeconds(5)));
    }

    @Test
    void refusesACommitCeilingBelowItsFloor() {
        assertThatThrownBy(() -> EnrichConfig.from(settings(Map.of("enrich.commit.interval.min", "2s",
                "enrich.commit.interval.max", "1s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.commit.interval.max");
    }
}
