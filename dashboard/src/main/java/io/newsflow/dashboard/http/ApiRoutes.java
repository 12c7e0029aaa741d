package io.newsflow.dashboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.dashboard.query.AlertQueries;
import io.newsflow.dashboard.query.ArticleQueries;
import io.newsflow.dashboard.query.ArticleSearch;
import io.newsflow.dashboard.query.EntityQueries;
import io.newsflow.dashboard.query.TrendWindow;
import java.time.Instant;
import java.util.Map;

/** The read-only REST API over the store; every route answers JSON, see dashboard/API.md. */
public final class ApiRoutes {
    private static final int MAX_TEXT = 500;

    private final ArticleQueries articles;
    private final EntityQueries entities;
    private final AlertQueries alerts;
    private final ObjectMapper mapper;

    public ApiRoutes(ArticleQueries articles, EntityQueries entities, AlertQueries alerts, ObjectMapper mapper) {
        this.articles = articles;
        this.entities = entities;
        this.alerts = alerts;
        this.mapper = mapper;
    }

    public void register(Javalin app) {
        app.get("/api/articles", this::searchArticles);
        app.get("/api/articles/{id}", ctx -> json(ctx, articles.byId(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "No stored article has this id."))));
        app.get("/api/entities", this::findEntities);
        app.get("/api/entities/top", this::topEntities);
        app.get("/api/entities/{id}/tone", this::tone);
        app.get("/api/alerts", ctx -> {
            QueryParams params = new QueryParams(ctx);
            json(ctx, alerts.latest(params.text("rule", MAX_TEXT), params.integer("limit", 50, 1, ArticleSearch.MAX_LIMIT)));
        });
    }

    private void searchArticles(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        ArticleSearch search;
        try {
            search = new ArticleSearch(params.text("q", MAX_TEXT), params.text("entity", MAX_TEXT),
                    params.instant("from"), params.instant("to"),
                    params.integer("limit", 50, 1, ArticleSearch.MAX_LIMIT), params.flag("duplicates"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        json(ctx, articles.search(search));
    }

    private void findEntities(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String text = params.text("q", 100);
        if (text == null) {
            throw ApiException.badRequest("Parameter 'q' (part of an entity name) is required.");
        }
        json(ctx, entities.find(text, params.integer("limit", 10, 1, 50)));
    }

    private void topEntities(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String label = params.text("window", 8);
        TrendWindow window;
        try {
            window = label == null ? TrendWindow.HOUR : TrendWindow.of(label);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Parameter '" + e.getMessage());
        }
        json(ctx, entities.top(window, params.integer("limit", 10, 1, 100)));
    }

    private void tone(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        Instant from = params.instant("from");
        Instant to = params.instant("to");
        try {
            json(ctx, entities.tone(ctx.pathParam("id"), from, to, params.duration("bucket"))
                    .orElseThrow(() -> new ApiException(404, "No stored entity has this id.")));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view that cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
