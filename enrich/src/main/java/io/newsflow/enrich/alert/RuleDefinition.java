package io.newsflow.enrich.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newsflow.schemas.avro.AlertRule;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A rule as a person writes it (command line, rules file, dashboard form): only {@code name} and
 * {@code query} are required; the id defaults to a slug of the name. {@link RuleAdmin} turns it into the
 * stored {@link AlertRule}, adding the version and creation time that only the topic knows.
 *
 * @param id stable key in news.alert-rules; null = {@link #slug(String)} of the name
 * @param name human name, unique
 * @param query Lucene classic syntax over {@link ArticleFields}
 * @param languages ISO 639-1 codes; empty = any
 * @param sources source names; empty = any
 * @param entityIds entity ids that must all be mentioned; empty = no condition
 * @param minTone lowest document tone admitted, or null
 * @param maxTone highest document tone admitted, or null
 * @param enabled null = true
 * @param webhookUrl where alerts are POSTed, or null
 * @param webhookSecretRef the name of the signing secret in the sink's configuration, or null
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RuleDefinition(String id, String name, String query, List<String> languages, List<String> sources,
                             List<String> entityIds, Double minTone, Double maxTone, Boolean enabled,
                             String webhookUrl, String webhookSecretRef) {

    public RuleDefinition {
        languages = languages == null ? List.of() : List.copyOf(languages);
        sources = sources == null ? List.of() : List.copyOf(sources);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
    }

    /** The smallest useful rule. */
    public static RuleDefinition of(String name, String query) {
        return new RuleDefinition(null, name, query, List.of(), List.of(), List.of(), null, null, null, null, null);
    }

    public String effectiveId() {
        return id == null || id.isBlank() ? slug(name) : id;
    }

    public boolean effectiveEnabled() {
        return enabled == null || enabled;
    }

    /** {@code "Peace plan & Pokrovsk"} becomes {@code "peace-plan-pokrovsk"}: readable, URL- and key-safe. */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    public AlertRule toAlertRule(int version, Instant createdAt) {
        return AlertRule.newBuilder()
                .setId(effectiveId())
                .setName(name.strip())
                .setQuery(query)
                .setLanguages(languages)
                .setSources(sources)
                .setEntityIds(entityIds)
                .setMinTone(minTone)
                .setMaxTone(maxTone)
                .setEnabled(effectiveEnabled())
                .setVersion(version)
                .setWebhookUrl(webhookUrl)
                .setWebhookSecretRef(webhookSecretRef)
                .setCreatedAt(createdAt)
                .build();
    }

    public static RuleDefinition from(AlertRule rule) {
        return new RuleDefinition(rule.getId(), rule.getName(), rule.getQuery(), rule.getLanguages(), rule.getSources(),
                rule.getEntityIds(), rule.getMinTone(), rule.getMaxTone(), rule.getEnabled(), rule.getWebhookUrl(),
                rule.getWebhookSecretRef());
    }
}
