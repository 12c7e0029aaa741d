package io.newsflow.dashboard.rules;

import io.newsflow.schemas.avro.AlertRule;
import java.util.List;

/** A rule as JSON: Avro records do not serialise cleanly with Jackson, and the webhook secret's name stays private. */
public record RuleView(String id, String name, String query, List<String> languages, List<String> sources,
                       List<String> entityIds, Double minTone, Double maxTone, boolean enabled, int version,
                       String webhookUrl, String createdAt) {
    public static RuleView of(AlertRule rule) {
        return new RuleView(rule.getId(), rule.getName(), rule.getQuery(), List.copyOf(rule.getLanguages()),
                List.copyOf(rule.getSources()), List.copyOf(rule.getEntityIds()), rule.getMinTone(), rule.getMaxTone(),
                rule.getEnabled(), rule.getVersion(), rule.getWebhookUrl(),
                rule.getCreatedAt() == null ? null : rule.getCreatedAt().toString());
    }
}
