package io.newsflow.dashboard;

import io.newsflow.dashboard.rules.RuleRequest;
import io.newsflow.dashboard.rules.RuleStore;
import io.newsflow.schemas.avro.AlertRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A rule store for tests; like the real one it rejects a query the parser cannot read, with the parser's words. */
final class InMemoryRuleStore implements RuleStore {
    private final Map<String, AlertRule> rules = new ConcurrentHashMap<>();

    @Override
    public List<AlertRule> list() {
        return new ArrayList<>(rules.values());
    }

    @Override
    public AlertRule create(RuleRequest request) {
        long open = request.query().chars().filter(c -> c == '(').count();
        long close = request.query().chars().filter(c -> c == ')').count();
        if (open != close) {
            throw new IllegalArgumentException("Cannot parse '" + request.query() + "': Encountered \"<EOF>\" at line 1.");
        }
        String id = request.id() != null ? request.id() : request.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        AlertRule previous = rules.get(id);
        AlertRule rule = AlertRule.newBuilder().setId(id).setName(request.name()).setQuery(request.query())
                .setLanguages(request.languages()).setSources(request.sources()).setEntityIds(request.entityIds())
                .setMinTone(request.minTone()).setMaxTone(request.maxTone()).setEnabled(request.enabled())
                .setVersion(previous == null ? 1 : previous.getVersion() + 1).setWebhookUrl(request.webhookUrl())
                .setWebhookSecretRef(request.webhookSecretRef())
                .setCreatedAt(previous == null ? Instant.parse("2026-11-28T09:00:00Z") : previous.getCreatedAt()).build();
        rules.put(id, rule);
        return rule;
    }

    @Override
    public boolean delete(String id) {
        return rules.remove(id) != null;
    }
}
