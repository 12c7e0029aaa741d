package io.newsflow.enrich.alert;

import io.newsflow.config.Settings;
import io.newsflow.schemas.topic.Topics;
import java.time.Duration;

/**
 * What alert matching needs to know, read once from {@link Settings}.
 *
 * @param topics where rules come from and alerts go
 * @param realert {@code alerts.realert} (default false): alert again on an article of a story already
 *     alerted on by the same rule version, as a replay with {@code --realert} asks; near-duplicate copies
 *     are still only counted
 * @param maxSnippets {@code alerts.snippets.max} (default 3): passages kept per alert
 * @param onceRetention {@code alerts.once.retention} (default 90d, news.alerts' retention): how long the
 *     once-only stores remember an alert sent and a copy counted. Past it the stores forget them, so a
 *     re-enrichment of an article alerted on longer ago than that alerts again; news.alerts, which a
 *     replay consults, forgets them at the same age.
 */
public record AlertConfig(Topics topics, boolean realert, int maxSnippets, Duration onceRetention) {
    public static final Duration DEFAULT_ONCE_RETENTION = Duration.ofDays(90);

    public AlertConfig {
        if (onceRetention.isNegative() || onceRetention.isZero()) {
            throw new IllegalArgumentException("alerts.once.retention must be positive, not " + onceRetention);
        }
    }

    public AlertConfig(Topics topics, boolean realert, int maxSnippets) {
        this(topics, realert, maxSnippets, DEFAULT_ONCE_RETENTION);
    }

    public static AlertConfig from(Settings settings, Topics topics) {
        Duration retention = settings.duration("alerts.once.retention", DEFAULT_ONCE_RETENTION);
        if (retention.isNegative() || retention.isZero()) {
            throw settings.wrong("alerts.once.retention", "must be a positive duration such as 90d");
        }
        return new AlertConfig(topics, settings.bool("alerts.realert", false), settings.intValue("alerts.snippets.max", 3, 1, 20),
                retention);
    }
}
