package io.newsflow.enrich.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;

/**
 * Decides whether a rule may be stored, before anything is written: a rule that can never match or can
 * never be delivered is a mistake its author wants to hear about now, not discover by silence.
 */
public final class RuleValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}|und");

    private final RuleQueryParser parser;

    public RuleValidator(RuleQueryParser parser) {
        this.parser = parser;
    }

    /** @return the parsed query of a valid rule; throws {@link InvalidRuleException} otherwise */
    public Query validate(RuleDefinition rule) {
        if (rule.name() == null || rule.name().isBlank()) {
            throw new InvalidRuleException("A rule needs a name.");
        }
        String id = rule.effectiveId();
        if (!ID.matcher(id).matches()) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': id '" + id
                    + "' must be 1-128 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (rule.query() == null || rule.query().isBlank()) {
            throw new InvalidRuleException("Rule '" + rule.name() + "' needs a query.");
        }
        Query query;
        try {
            query = parser.parse(rule.query());
        } catch (InvalidRuleException e) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': " + e.getMessage(), e.column(), e.getCause());
        }
        for (String language : rule.languages()) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidRuleException("Rule '" + rule.name() + "': language '" + language
                        + "' is not an ISO 639-1 code such as en, de, fr.");
            }
        }
        checkTone(rule, "minTone", rule.minTone());
        checkTone(rule, "maxTone", rule.maxTone());
        if (rule.minTone() != null && rule.maxTone() != null && rule.minTone() > rule.maxTone()) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': minTone " + rule.minTone()
                    + " is above maxTone " + rule.maxTone() + ", so it could never match.");
        }
        if (rule.webhookUrl() != null) {
            checkWebhook(rule);
        } else if (rule.webhookSecretRef() != null) {
            throw new InvalidRuleException("Rule '" + rule.name() + "' names a webhook secret but no webhook URL.");
        }
        return query;
    }

    private static void checkTone(RuleDefinition rule, String name, Double tone) {
        if (tone != null && !(tone >= -1.0 && tone <= 1.0)) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': " + name + " must be between -1 and 1, not " + tone + ".");
        }
    }

    private static void checkWebhook(RuleDefinition rule) {
        URI uri;
        try {
            uri = new URI(rule.webhookUrl());
        } catch (URISyntaxException e) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': webhook URL is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': webhook URL must be an http:// or https:// URL, not '"
                    + rule.webhookUrl() + "'.");
        }
        if (rule.webhookSecretRef() == null || rule.webhookSecretRef().isBlank()) {
            throw new InvalidRuleException("Rule '" + rule.name()
                    + "' has a webhook but no webhookSecretRef: every webhook body is signed, so name the secret"
                    + " (the sink reads it from alerts.webhook.secret.<ref>).");
        }
        if (!ID.matcher(rule.webhookSecretRef()).matches()) {
            throw new InvalidRuleException("Rule '" + rule.name() + "': webhookSecretRef '" + rule.webhookSecretRef()
                    + "' must be lower-case letters, digits, '.', '_' or '-'.");
        }
    }
}
