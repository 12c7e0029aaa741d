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
 * Ranks an article's key phrases. As in RAKE (Rose et al., 2010), candidates come from runs of
 * content words between stop words and punctuation; unlike RAKE, every sub-phrase of up to four
 * words is counted, so "interest rates" recurring inside longer runs is found, and a phrase scores
 * its recurrence weighted by its length; phrases contained in a better one are dropped. No model
 * to load and well under a millisecond per article.
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> run : candidates(text)) {
            for (int n = 1; n <= MAX_WORDS; n++) {
                for (int i = 0; i + n <= run.size(); i++) {
                    counts.merge(String.join(" ", run.subList(i, i + n)), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.removeIf(e -> !e.getKey().contains(" ") && e.getValue() < 2);
        Map<String, Double> scores = new HashMap<>(ranked.size() * 2);
        ranked.forEach(phrase -> scores.put(phrase.getKey(), score(phrase)));
        ranked.sort((a, b) -> Double.compare(scores.get(b.getKey()), scores.get(a.getKey())));
        List<Map.Entry<String, Integer>> picked = new ArrayList<>();
        for (Map.Entry<String, Integer> candidate : ranked) {
            if (picked.size() == limit) {
                break;
            }
            if (!redundant(candidate, picked)) {
                picked.add(candidate);
            }
        }
        if (picked.isEmpty()) {
            return List.of();
        }
        double top = score(picked.get(0));
        List<Keyphrase> result = new ArrayList<>(picked.size());
        for (Map.Entry<String, Integer> phrase : picked) {
            result.add(new Keyphrase(phrase.getKey(), Math.round(score(phrase) / top * 1000) / 1000.0));
        }
        return result;
    }

    /** Recurrence counts most; a longer phrase says more, so each extra word adds half. */
    private static double score(Map.Entry<String, Integer> phrase) {
        int words = 1 + (int) phrase.getKey().chars().filter(c -> c == ' ').count(); // joined by single spaces
        return phrase.getValue() * (1 + 0.5 * (words - 1));
    }

    /**
     * A phrase inside one already picked adds nothing; a longer phrase around a picked one that
     * recurs more often is that phrase plus noise ("interest rates decision" after "interest rates").
     */
    private static boolean redundant(Map.Entry<String, Integer> candidate, List<Map.Entry<String, Integer>> picked) {
        String phrase = " " + candidate.getKey() + " ";
        for (Map.Entry<String, Integer> chosen : picked) {
            String other = " " + chosen.getKey() + " ";
            if (other.contains(phrase)) {
                return true;
            }
            if (phrase.contains(other) && candidate.getValue() <= chosen.getValue()) {
                return true;
            }
        }
        return false;
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
                if (stopWords.contains(word) || word.length() < 2 || allDigits(word)) {
                    flush(current, candidates);
                } else {
                    current.add(word);
                }
            }
            flush(current, candidates);
        }
        return candidates;
    }

    /** As {@code word.chars().allMatch(Character::isDigit)}, without a stream per word. */
    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit((int) word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<String> current, List<List<String>> candidates) {
        if (!current.isEmpty()) {
            candidates.add(List.copyOf(current));
        }
        current.clear();
    }
}
