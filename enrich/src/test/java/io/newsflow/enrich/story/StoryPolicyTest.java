package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.ConfigException;
import io.newsflow.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryPolicyTest {

    @Test
    void readsTheThresholdsFromSettings() {
        StoryPolicy policy = StoryPolicy.from(Settings.empty().with(Map.of("enrich.story.min.shingles", "30",
                "enrich.story.min.jaccard", "0.1", "enrich.story.min.containment", "0.7",
                "enrich.story.min.changed.text", "0.2"), "test"));
        assertThat(policy.minShingles()).isEqualTo(30);
        assertThat(policy.minJaccard()).isEqualTo(0.1);
        assertThat(policy.minContainment()).isEqualTo(0.7);
        assertThat(policy.minChangedText()).isEqualTo(0.2);
        assertThat(policy.hashes()).isEqualTo(StoryPolicy.defaults().hashes());
    }

    @Test
    void withoutSettingsItIsTheCalibratedDefault() {
        assertThat(StoryPolicy.from(Settings.empty())).isEqualTo(StoryPolicy.defaults());
    }

    @Test
    void namesTheKeyOfAWrongThreshold() {
        Settings settings = Settings.empty().with("enrich.story.min.containment", "1.5");
        assertThatThrownBy(() -> StoryPolicy.from(settings)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("enrich.story.min.containment").hasMessageContaining("must be between 0");
    }

    @Test
    void theFirstApisConstructorKeepsTheNewDefaults() {
        StoryPolicy policy = new StoryPolicy(3, 128, 32, 20, 0.6, 0.8);
        assertThat(policy.minChangedText()).isEqualTo(StoryPolicy.defaults().minChangedText());
        assertThat(policy.rowsPerBand()).isEqualTo(4);
    }

    @Test
    void hashesMustBeAMultipleOfTheBands() {
        assertThatThrownBy(() -> new StoryPolicy(3, 120, 32, 25, 0.15, 0.65)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of bands");
    }
}
