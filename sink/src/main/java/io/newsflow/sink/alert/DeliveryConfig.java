package io.newsflow.sink.alert;

import io.newsflow.config.Settings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How alerts are delivered, read once from {@link Settings}.
 *
 * @param groupId {@code alerts.delivery.group}: consumer group of delivery (default newsflow-alert-delivery)
 * @param console {@code alerts.console} (default true): print each alert
 * @param maxAttempts {@code alerts.webhook.attempts} (default 5): tries per alert before news.dlq
 * @param initialBackoff {@code alerts.webhook.backoff} (default 1s), doubled after each failure
 * @param maxBackoff {@code alerts.webhook.backoff.max} (default 30s)
 * @param timeout {@code alerts.webhook.timeout} (default 5s): connect and response timeout per attempt
 * @param queueCapacity {@code alerts.webhook.queue} (default 1000): alerts waiting per hook; beyond, news.dlq
 * @param secrets {@code alerts.webhook.secret.<ref>}: the signing secret of each secret reference
 */
public record DeliveryConfig(String groupId, boolean console, int maxAttempts, Duration initialBackoff,
                             Duration maxBackoff, Duration timeout, int queueCapacity, Map<String, String> secrets) {
    public static final String SECRET_PREFIX = "alerts.webhook.secret.";

    public DeliveryConfig {
        secrets = Map.copyOf(secrets);
    }

    public static DeliveryConfig from(Settings settings) {
        return new DeliveryConfig(
                settings.string("alerts.delivery.group", "newsflow-alert-delivery"),
                settings.bool("alerts.console", true),
                settings.intValue("alerts.webhook.attempts", 5, 1, 100),
                settings.duration("alerts.webhook.backoff", Duration.ofSeconds(1)),
                settings.duration("alerts.webhook.backoff.max", Duration.ofSeconds(30)),
                settings.duration("alerts.webhook.timeout", Duration.ofSeconds(5)),
                settings.intValue("alerts.webhook.queue", 1000, 1, 1_000_000),
                settings.withPrefix(SECRET_PREFIX));
    }

    public Optional<String> secret(String ref) {
        return Optional.ofNullable(ref == null ? null : secrets.get(ref));
    }

    public Duration backoff(int failedAttempts) {
        long millis = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    @Override
    public String toString() {
        // Secrets stay out of logs: only their names are shown.
        return "DeliveryConfig[groupId=" + groupId + ", console=" + console + ", maxAttempts=" + maxAttempts
                + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + ", timeout=" + timeout
                + ", queueCapacity=" + queueCapacity + ", secretRefs=" + secrets.keySet() + "]";
    }
}
