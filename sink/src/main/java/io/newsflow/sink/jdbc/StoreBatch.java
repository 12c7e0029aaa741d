package io.newsflow.sink.jdbc;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTrend;
import java.util.List;

/**
 * Everything one poll brought, written in one transaction: the unit the sink commits offsets for.
 * Order within each list is arrival order; the writer resolves repeats of one key by the store's rules.
 */
public record StoreBatch(List<EnrichedArticle> articles, List<Alert> alerts, List<EntityTrend> trends) {
    public StoreBatch {
        articles = List.copyOf(articles);
        alerts = List.copyOf(alerts);
        trends = List.copyOf(trends);
    }

    public static StoreBatch ofArticles(List<EnrichedArticle> articles) {
        return new StoreBatch(articles, List.of(), List.of());
    }

    public boolean isEmpty() {
        return articles.isEmpty() && alerts.isEmpty() && trends.isEmpty();
    }

    public int size() {
        return articles.size() + alerts.size() + trends.size();
    }
}
