package io.newsflow.app.bench.corpus;

import io.newsflow.enrich.alert.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Standing alert rules drawn from the names and topics the articles use, from a seed. Like real
 * watch lists, most rules name one person or organisation (a person is rare: 2,500 name pairs), some
 * combine a topic with a place, a few are broad; so an article matches a handful of the thousand and
 * the matcher must rule out the rest quickly.
 */
public final class RuleGenerator {
    private final long seed;

    public RuleGenerator(long seed) {
        this.seed = seed;
    }

    /** Mix: 50% a person's full name, 20% an organisation, 20% topic AND place, 10% a bare topic word. */
    public List<RuleDefinition> rules(int count) {
        Random random = new Random(seed);
        List<RuleDefinition> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String query;
            if (kind < 5) {
                query = "\"" + ArticleGenerator.pick(random, NewsVocabulary.FIRST_NAMES) + " "
                        + ArticleGenerator.pick(random, NewsVocabulary.SURNAMES) + "\"";
            } else if (kind < 7) {
                query = "\"" + ArticleGenerator.pick(random, NewsVocabulary.ORGANISATIONS) + "\"";
            } else if (kind < 9) {
                query = "\"" + ArticleGenerator.pick(random, NewsVocabulary.TOPIC_WORDS) + "\" AND \""
                        + ArticleGenerator.pick(random, NewsVocabulary.CITIES) + "\"";
            } else {
                query = "\"" + ArticleGenerator.pick(random, NewsVocabulary.TOPIC_WORDS) + "\"";
            }
            rules.add(RuleDefinition.of(String.format(Locale.ROOT, "bench rule %04d", i), query));
        }
        return rules;
    }
}
