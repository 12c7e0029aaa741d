package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.ConfigException;
import io.newsflow.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
    @Test
    void defaultsMatchTheIssue() {
        IngestConfig c = IngestConfig.defaults();
        assertThat(c.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.maxRedirects()).isEqualTo(5);
        assertThat(c.allowPrivateNetworks()).isFalse();
        assertThat(c.fetchFullText()).isTrue();
        assertThat(c.minInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void wrongValuesFailWithASentenceNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(Settings.empty().with("ingest.interval.min", "soon")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'ingest.interval.min'");
        assertThatThrownBy(() -> IngestConfig.from(Settings.empty().with(Map.of("ingest.interval.min", "1h", "ingest.interval.max", "5m"), "t")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'ingest.interval.max'");
        assertThatThrownBy(() -> IngestConfig.from(Settings.empty().with("ingest.contact.url", "not a url")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'ingest.contact.url'");
        assertThatThrownBy(() -> IngestConfig.from(Settings.empty().with("ingest.allow.private.networks", "maybe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'ingest.allow.private.networks'");
    }

    @Test
    void fullTextCanBeTurnedOffForOneFeed() {
        IngestConfig c = IngestConfig.from(Settings.empty().with("ingest.fetch.full.text.off", "https://a.example/rss, https://b.example/rss"));
        assertThat(c.fetchesFullText("https://a.example/rss")).isFalse();
        assertThat(c.fetchesFullText("https://c.example/rss")).isTrue();
    }
}
