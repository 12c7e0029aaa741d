package io.newsflow.enrich.alert;

import io.newsflow.config.Settings;
import io.newsflow.schemas.topic.Topics;

/**
 * What alert matching needs to know, read once from {@link Settings}.
 *
 * @param topics where rules come from and alerts go
 * @param realert {@code alerts.realert} (default false): alert again on an article of a story already
 *     alerted on by the same rule version, as a replay with {@code --realert} asks; near-duplicate copies
 *     are still only counted
 * @param maxSnippets {@code alerts.snippets.max} (default 3): passages kept per alert
 */
public record AlertConfig(Topics topics, boolean realert, int maxSnippets) {

    public static AlertConfig from(Settings settings, Topics topics) {
        return new AlertConfig(topics, settings.bool("alerts.realert", false), settings.intValue("alerts.snippets.max", 3, 1, 20));
    }
}
