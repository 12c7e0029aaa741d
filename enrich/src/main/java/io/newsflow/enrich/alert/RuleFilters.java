package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The conditions of a rule that are not text: language, source, required entities, tone range. They are
 * checked after the query matched, because they are cheap and exact and the Monitor cannot prefilter on
 * them. An article without a tone (not analysed) fails a rule that asks for a tone range.
 */
public final class RuleFilters {
    private RuleFilters() {
    }

    public static boolean admit(AlertRule rule, EnrichedArticle article) {
        if (!rule.getEnabled()) {
            return false;
        }
        if (!rule.getLanguages().isEmpty() && rule.getLanguages().stream().noneMatch(l -> l.equalsIgnoreCase(article.getLanguage()))) {
            return false;
        }
        if (!rule.getSources().isEmpty()) {
            String source = article.getSource().toLowerCase(Locale.ROOT);
            if (rule.getSources().stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).equals(source))) {
                return false;
            }
        }
        if (!rule.getEntityIds().isEmpty()) {
            Set<String> mentioned = new HashSet<>();
            for (Entity entity : article.getEntities()) {
                mentioned.add(entity.getId());
            }
            if (!mentioned.containsAll(rule.getEntityIds())) {
                return false;
            }
        }
        if (rule.getMinTone() != null || rule.getMaxTone() != null) {
            Double tone = article.getTone();
            if (tone == null) {
                return false;
            }
            if (rule.getMinTone() != null && tone < rule.getMinTone()) {
                return false;
            }
            if (rule.getMaxTone() != null && tone > rule.getMaxTone()) {
                return false;
            }
        }
        return true;
    }
}
