package io.newsflow.dashboard.live;

import io.newsflow.dashboard.query.AlertView;
import io.newsflow.dashboard.query.ArticleSummary;
import io.newsflow.dashboard.query.EntityChip;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;

/**
 * Turns the Avro records of the topics into the views the REST API returns, so a card built from the
 * live stream looks exactly like one from a search.
 */
public final class LiveViews {
    private static final int CHIPS = 6;
    private static final int EXCERPT_CHARS = 280;

    public ArticleSummary article(EnrichedArticle article) {
        // Entities arrive most salient first, as the store orders them for cards.
        var chips = article.getEntities().stream().limit(CHIPS)
                .map(this::chip)
                .toList();
        String text = article.getSummary() != null && !article.getSummary().isBlank()
                ? article.getSummary() : article.getBody();
        return new ArticleSummary(article.getId(), article.getUrl(), article.getTitle(), article.getSource(),
                article.getPublishedAt().toString(), article.getTone(), excerpt(text), article.getDuplicateOf(), chips);
    }

    public AlertView alert(Alert alert) {
        return new AlertView(alert.getAlertId(), alert.getRuleId(), alert.getRuleName(), alert.getRuleVersion(),
                alert.getArticleId(), alert.getTitle(), alert.getUrl(), alert.getSource(),
                alert.getPublishedAt().toString(), alert.getAlertedAt().toString(), alert.getTone(),
                alert.getEntities(), alert.getSnippets(), alert.getDuplicateCount());
    }

    private EntityChip chip(Entity entity) {
        return new EntityChip(entity.getId(), entity.getName(), entity.getType().name(), entity.getTone());
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1).stripTrailing() + "…";
    }
}
