package io.newsflow.enrich.keyword;

import io.newsflow.enrich.nlp.StopWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks an article's key phrases the RAKE way (Rose et al., 2010): candidate phrases are runs of
 * content words between stop words and punctuation; a word scores its degree (co-occurring words
 * in candidates) over its frequency; a phrase scores the sum of its words, doubled when it recurs.
 * No model to load and a few hundred microseconds per article, which is why it beats TextRank here.
 */
public final class KeyphraseExtractor {
    /** One ranked phrase; scores are relative, the best one is 1. */
    public record Keyphrase(String phrase, double score) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019&.-]*");
    private static final Pattern BREAK = Pattern.compile("[,.;:!?()\\[\\]{}\"\u201C\u201D\u2014\u2013|/]|\\s['\u2018]|['\u2019]\\s|\\n");
    private static final int MAX_WORDS = 4;

    private final StopWords stopWords;

    public KeyphraseExtractor(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    /** The {@code limit} best phrases, lower-cased, best first. */
    public List<Keyphrase> extract(String text, int limit) {
        List<List<String>> candidates = candidates(text);
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (List<String> phrase : candidates) {
            for (String word : phrase) {
                frequency.merge(word, 1, Integer::sum);
                degree.merge(word, phrase.size(), Integer::sum);
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (List<String> phrase : candidates) {
            String key = String.join(" ", phrase);
            occurrences.merge(key, 1, Integer::sum);
            if (scores.containsKey(key)) {
                continue;
            }
            double score = 0;
            for (String word : phrase) {
                score += (double) degree.get(word) / frequency.get(word);
            }
            scores.put(key, score);
        }
        List<Keyphrase> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            int times = occurrences.get(entry.getKey());
            boolean single = !entry.getKey().contains(" ");
            if (single && times < 2) {
                continue;
            }
            ranked.add(new Keyphrase(entry.getKey(), entry.getValue() * (1 + Math.log(times))));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Keyphrase> best = ranked.subList(0, Math.min(limit, ranked.size()));
        if (best.isEmpty()) {
            return List.of();
        }
        double top = best.get(0).score();
        List<Keyphrase> normalised = new ArrayList<>(best.size());
        for (Keyphrase phrase : best) {
            normalised.add(new Keyphrase(phrase.phrase(), Math.round(phrase.score() / top * 1000) / 1000.0));
        }
        return normalised;
    }

    private List<List<String>> candidates(String text) {
        List<List<String>> candidates = new ArrayList<>();
        for (String fragment : BREAK.split(text)) {
            List<String> current = new ArrayList<>();
            Matcher matcher = WORD.matcher(fragment);
            while (matcher.find()) {
                String word = matcher.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (word.endsWith("'s")) {
                    word = word.substring(0, word.length() - 2);
                }
                if (stopWords.contains(word) || word.length() < 2 || word.chars().allMatch(Character::isDigit)) {
                    flush(current, candidates);
                } else {
                    current.add(word);
                }
            }
            flush(current, candidates);
        }
        return candidates;
    }

    private static void flush(List<String> current, List<List<String>> candidates) {
        if (!current.isEmpty() && current.size() <= MAX_WORDS) {
            candidates.add(List.copyOf(current));
        }
        current.clear();
    }
}
