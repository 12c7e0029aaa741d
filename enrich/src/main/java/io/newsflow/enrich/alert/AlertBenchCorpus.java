package io.newsflow.enrich.alert;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Articles and rules for the alert benchmarks ({@code newsflow bench alerts} and the JMH
 * {@code AlertMatchBenchmark}), generated from a fixed seed so two runs, and the two benchmarks, measure
 * the same work. Not used by the pipeline itself. Articles mix sentences of real-shaped news prose with words from a large synthetic vocabulary;
 * rules draw their terms from the whole vocabulary, so (as with real standing queries) most rules are
 * about something a given article does not mention and each article matches a handful.
 */
public final class AlertBenchCorpus {
    private static final String[] PROSE = {
        "Top US negotiators met Russian President Vladimir Putin on Tuesday in Moscow, seeking a breakthrough to end the Ukraine war.",
        "Putin received Jared Kushner and special envoy Steve Witkoff in the Kremlin, signalling Russian forces were ready to pursue initial war goals.",
        "The talks mark a critical moment for Ukraine amid a fraught week following frantic diplomacy and a revised US peace proposal.",
        "Ukrainian President Volodymyr Zelensky emphasised that any peace plan must end the war, not simply pause the offensive.",
        "The central bank raised interest rates for the third time this year as inflation stayed above its target.",
        "Heavy rain flooded roads across the region and forced the closure of several schools on Monday.",
        "The club confirmed the signing of a new striker on a four-year contract after a medical on Friday.",
        "Shares fell sharply after the company warned that profits would miss expectations for the full year.",
        "Parliament passed the budget after a late-night session marked by protests outside the building.",
        "Scientists said the new vaccine showed strong protection in a trial involving thousands of volunteers.",
        "Officials said rescue teams were still searching for survivors after the earthquake struck before dawn.",
        "The minister resigned after reports that public money had been used to pay for private travel.",
    };
    private static final String[][] ENTITIES = {
        {"person:vladimir-putin", "Vladimir Putin", "PERSON"}, {"country:UA", "Ukraine", "LOCATION"},
        {"geonames:524901", "Moscow", "LOCATION"}, {"org:kremlin", "Kremlin", "ORGANIZATION"},
        {"person:volodymyr-zelensky", "Volodymyr Zelensky", "PERSON"}, {"geonames:703448", "Kyiv", "LOCATION"},
        {"org:european-central-bank", "European Central Bank", "ORGANIZATION"}, {"country:DE", "Germany", "LOCATION"},
        {"person:jared-kushner", "Jared Kushner", "PERSON"}, {"geonames:704147", "Pokrovsk", "LOCATION"},
    };

    private final Random random;
    private final List<String> vocabulary;

    public AlertBenchCorpus(long seed, int syntheticWords) {
        this.random = new Random(seed);
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String sentence : PROSE) {
            for (String word : sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() > 3) {
                    words.add(word);
                }
            }
        }
        for (int i = 0; words.size() < syntheticWords; i++) {
            words.add(syntheticWord(i));
        }
        this.vocabulary = List.copyOf(words);
    }

    /** Pronounceable, distinct, and untouched by the Porter stemmer's suffix rules often enough to be realistic. */
    private static String syntheticWord(int i) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        int n = i + 1000;
        while (n > 0) {
            word.append(consonants.charAt(n % consonants.length()));
            n /= consonants.length();
            word.append(vowels.charAt(n % vowels.length()));
            n /= vowels.length();
        }
        return word.toString();
    }

    private String word() {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    public List<EnrichedArticle> articles(int count) {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 18; s++) {
                if (random.nextInt(3) == 0) {
                    body.append(PROSE[random.nextInt(PROSE.length)]);
                } else {
                    body.append(Character.toUpperCase(word().charAt(0)));
                    int length = 12 + random.nextInt(14);
                    StringBuilder sentence = new StringBuilder(word().substring(1));
                    for (int w = 1; w < length; w++) {
                        sentence.append(' ').append(word());
                    }
                    body.append(sentence).append('.');
                }
                body.append(s % 3 == 2 ? "\n\n" : " ");
            }
            List<Entity> entities = new ArrayList<>();
            for (int e = 0; e < 4; e++) {
                String[] entity = ENTITIES[random.nextInt(ENTITIES.length)];
                if (entities.stream().noneMatch(x -> x.getId().equals(entity[0]))) {
                    entities.add(Entity.newBuilder().setId(entity[0]).setName(entity[1]).setType(EntityType.valueOf(entity[2]))
                            .setMentions(1 + random.nextInt(4)).build());
                }
            }
            String title = PROSE[random.nextInt(PROSE.length)].split(",")[0];
            Instant now = Instant.now();
            articles.add(EnrichedArticle.newBuilder()
                    .setId("bench-" + i).setUrl("https://bench.example/" + i).setTitle(title).setBody(body.toString().strip())
                    .setSource(i % 2 == 0 ? "Bench Wire" : "Example News").setPublishedAt(now).setContentHash("h" + i)
                    .setEnrichmentVersion(1).setEnrichedAt(now).setLanguage("en").setTone(random.nextDouble() * 2 - 1)
                    .setEntities(entities).build());
        }
        return articles;
    }

    /** Rule mix: 55% one term, 26% two-word phrases, 13% A AND B, 5% entity fields, 1% prefix wildcards. */
    public List<RuleDefinition> rules(int count) {
        return rules(count, true);
    }

    public List<RuleDefinition> rules(int count, boolean wildcards) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(wildcards ? 100 : 99);
            String query;
            if (kind < 55) {
                query = word();
            } else if (kind < 81) {
                query = "\"" + word() + " " + word() + "\"";
            } else if (kind < 94) {
                query = word() + " AND " + word();
            } else if (kind < 99) {
                String[] entity = ENTITIES[random.nextInt(ENTITIES.length)];
                query = entity[2].toLowerCase(Locale.ROOT) + ":\"" + entity[1] + "\" AND " + word();
            } else {
                String w = word();
                query = w.substring(0, Math.min(w.length(), 5)) + "*";
            }
            rules.add(RuleDefinition.of("bench rule " + i, query));
        }
        return rules;
    }

    /** What the naive baseline looks for: the words of each rule, all of which must occur. */
    public static List<String> words(RuleDefinition rule) {
        List<String> words = new ArrayList<>();
        for (String part : rule.query().replaceAll("[a-z]+:\"[^\"]*\"", " ").toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!part.isBlank() && !part.equals("and")) {
                words.add(part);
            }
        }
        return words;
    }

    /**
     * The naive baseline: how many rules have all their {@link #words} in the article's title, body or
     * entity names ({@code String.contains}, no stemming, phrases or fields).
     */
    public static int naiveMatches(EnrichedArticle article, List<List<String>> ruleWords) {
        StringBuilder text = new StringBuilder(article.getTitle()).append('\n').append(article.getBody());
        for (Entity entity : article.getEntities()) {
            text.append('\n').append(entity.getName());
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        int matches = 0;
        for (List<String> words : ruleWords) {
            boolean all = !words.isEmpty();
            for (String word : words) {
                if (!lower.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                matches++;
            }
        }
        return matches;
    }
}
