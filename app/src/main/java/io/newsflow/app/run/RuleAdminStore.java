package io.newsflow.app.run;

import io.newsflow.dashboard.rules.RuleRequest;
import io.newsflow.dashboard.rules.RuleStore;
import io.newsflow.enrich.alert.InvalidRuleException;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.schemas.avro.AlertRule;
import java.util.List;

/**
 * The dashboard's rule API backed by news.alert-rules. It lives in app because only app may see both
 * the dashboard and the alert package; the dashboard itself never parses a query.
 */
public final class RuleAdminStore implements RuleStore {
    private final RuleAdmin admin;

    public RuleAdminStore(RuleAdmin admin) {
        this.admin = admin;
    }

    @Override
    public List<AlertRule> list() {
        return admin.list();
    }

    @Override
    public AlertRule create(RuleRequest request) {
        try {
            return admin.put(new RuleDefinition(request.id(), request.name(), request.query(), request.languages(),
                    request.sources(), request.entityIds(), request.minTone(), request.maxTone(), request.enabled(),
                    request.webhookUrl(), request.webhookSecretRef()));
        } catch (InvalidRuleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(String id) {
        return admin.remove(id).isPresent();
    }
}
