package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.AlertRule;
import java.util.List;

/**
 * One rule that matched one article and passed its filters.
 *
 * @param rule the rule, at the version that matched
 * @param snippets passages with the matched terms between [[ and ]]
 */
public record RuleMatch(AlertRule rule, List<String> snippets) {
    public RuleMatch {
        snippets = List.copyOf(snippets);
    }
}
