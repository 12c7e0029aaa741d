package io.newsflow.dashboard.query;

import java.util.List;

/** A stored alert, or a live one: the same shape for the list and the stream. Snippets mark matched terms with [[ and ]]. */
public record AlertView(String alertId, String ruleId, String ruleName, int ruleVersion, String articleId,
                        String title, String url, String source, String publishedAt, String alertedAt, Double tone,
                        List<String> entities, List<String> snippets, int duplicateCount) {
    public AlertView {
        entities = List.copyOf(entities);
        snippets = List.copyOf(snippets);
    }
}
