package io.newsflow.sink.export;

import java.util.List;

/**
 * One stored alert as {@code newsflow export --what alerts} prints it.
 *
 * @param rule the rule's name
 * @param alertedAt ISO-8601 instant of the first match
 * @param snippets passages with the matched terms between [[ and ]]
 */
public record AlertExport(String alertId, String rule, String articleId, String title, String alertedAt,
                          List<String> snippets) {
}
