package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.ConfigException;
import io.newsflow.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardConfigTest {
    private static DashboardConfig config(Map<String, String> values) {
        return DashboardConfig.from(Settings.empty().with(values, "test"));
    }

    @Test
    void bindsToLoopbackOnPort8080ByDefault() {
        DashboardConfig config = config(Map.of());
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.loopback()).isTrue();
        assertThat(config.token()).isEmpty();
    }

    @Test
    void bindingElsewhereRequiresAToken() {
        assertThatThrownBy(() -> config(Map.of("dashboard.host", "0.0.0.0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Configuration key 'dashboard.token' is required when the dashboard binds to 0.0.0.0");
        assertThat(config(Map.of("dashboard.host", "0.0.0.0", "dashboard.token", "0123456789abcdef")).loopback()).isFalse();
        assertThat(config(Map.of("dashboard.host", "localhost")).loopback()).isTrue();
    }

    @Test
    void rejectsAShortTokenWithoutShowingIt() {
        assertThatThrownBy(() -> config(Map.of("dashboard.token", "short-secret")))
                .hasMessage("Configuration key 'dashboard.token' must be at least 16 characters, but it is '****' (from test).");
    }

    @Test
    void neverPrintsTheToken() {
        DashboardConfig config = config(Map.of("dashboard.token", "0123456789abcdef-secret"));
        assertThat(config.toString()).doesNotContain("secret").contains("token=****");
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> config(Map.of("dashboard.port", "70000"))).hasMessageContaining("'dashboard.port' must be between 0 and 65535");
    }
}
