package io.newsflow.dashboard.rules;

import java.util.List;

/**
 * A rule as a client asks for it over {@code POST /api/rules}: the fields of {@code AlertRule} a person
 * chooses; id (a slug of the name when absent), version and creation time are the store's to assign.
 */
public record RuleRequest(String id, String name, String query, List<String> languages, List<String> sources,
                          List<String> entityIds, Double minTone, Double maxTone, Boolean enabled, String webhookUrl,
                          String webhookSecretRef) {
    public RuleRequest {
        languages = languages == null ? List.of() : List.copyOf(languages);
        sources = sources == null ? List.of() : List.copyOf(sources);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        enabled = enabled == null ? Boolean.TRUE : enabled;
    }

    /** Checks what needs no query parser; the message names the field. */
    public void validateShape() {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required.");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("name must be at most 200 characters.");
        }
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query is required.");
        }
        if (query.length() > 10_000) {
            throw new IllegalArgumentException("query must be at most 10000 characters.");
        }
        if (minTone != null && (minTone < -1 || minTone > 1) || maxTone != null && (maxTone < -1 || maxTone > 1)) {
            throw new IllegalArgumentException("minTone and maxTone must be between -1 and 1.");
        }
        if (minTone != null && maxTone != null && minTone > maxTone) {
            throw new IllegalArgumentException("minTone must not be above maxTone.");
        }
        if (webhookUrl != null && !webhookUrl.isBlank()
                && !(webhookUrl.startsWith("https://") || webhookUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("webhookUrl must be an http:// or https:// URL.");
        }
    }
}
