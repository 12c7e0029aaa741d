package io.newsflow.dashboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.dashboard.rules.RuleRequest;
import io.newsflow.dashboard.rules.RuleStore;
import io.newsflow.dashboard.rules.RuleView;
import java.util.Optional;

/**
 * {@code /api/rules}: list, create, delete. Writes pass {@link AccessGuard} first (token, origin, JSON);
 * a rule the store rejects is a 400 with the store's (the query parser's) message. Without a rule store
 * (a dashboard started without Kafka access) the routes answer 503 and say why.
 */
public final class RuleRoutes {
    private static final int MAX_BODY = 64 * 1024;

    private final Optional<RuleStore> rules;
    private final ObjectMapper mapper;
    private final ApiRoutes json;

    public RuleRoutes(Optional<RuleStore> rules, ObjectMapper mapper, ApiRoutes json) {
        this.rules = rules;
        this.mapper = mapper;
        this.json = json;
    }

    public void register(Javalin app) {
        app.get("/api/rules", ctx -> json.json(ctx, store().list().stream().map(RuleView::of).toList()));
        app.post("/api/rules", this::create);
        app.delete("/api/rules/{id}", ctx -> {
            if (!store().delete(ctx.pathParam("id"))) {
                throw new ApiException(404, "No rule has this id.");
            }
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        RuleStore store = store();
        String body = ctx.body();
        if (body.length() > MAX_BODY) {
            throw new ApiException(413, "A rule must be at most " + MAX_BODY + " bytes of JSON.");
        }
        RuleRequest request;
        try {
            request = mapper.readValue(body, RuleRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field '" + e.getPropertyName() + "' in the rule.");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The body is not a rule in JSON: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw ApiException.badRequest("The body is not a rule in JSON.");
        }
        try {
            request.validateShape();
            ctx.status(201);
            json.json(ctx, RuleView.of(store.create(request)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private RuleStore store() {
        return rules.orElseThrow(() -> new ApiException(503,
                "Alert rules are not available here: this dashboard was started without access to the rules topic."));
    }
}
