package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the tone of one sentence in -1..1 the VADER way: lexicon valences, shifted by boosters
 * ("very", "barely"), flipped and damped by negations within three words, emphasised by capitals
 * and exclamation marks, with the clause after "but" weighing more, normalised by
 * {@code x / sqrt(x*x + 15)}.
 *
 * <p>Why per sentence: that normalisation saturates on long texts (a whole article scores -0.99
 * or +0.99), so documents and entities are scored as means of sentence tones instead.
 */
public final class ToneScorer {
    private static final double BOOST = 0.293;
    private static final double CAPS_BOOST = 0.733;
    private static final double NEGATION_SCALAR = -0.74;
    private static final double ALPHA = 15.0;
    private static final Pattern SPLIT = Pattern.compile("\\s+");

    private static final Set<String> NEGATIONS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent",
            "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont",
            "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't",
            "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor",
            "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't",
            "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't",
            "wouldn't", "rarely", "seldom", "despite", "no", "n't");
    private static final Set<String> BOOSTERS_UP = Set.of("absolutely", "amazingly", "awfully", "completely",
            "considerably", "decidedly", "deeply", "effing", "enormously", "entirely", "especially",
            "exceptionally", "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging",
            "friggin", "fully", "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely",
            "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
            "substantially", "thoroughly", "totally", "tremendously", "uber", "unbelievably", "unusually",
            "utterly", "very", "sharply", "severely", "heavily", "deadliest", "bloodiest");
    private static final Set<String> BOOSTERS_DOWN = Set.of("almost", "barely", "hardly", "just enough",
            "kind of", "kinda", "kindof", "kind-of", "less", "little", "marginally", "occasionally", "partly",
            "scarcely", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of", "modestly");

    private final SentimentLexicon lexicon;

    public ToneScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Tone of one sentence in -1..1; 0 when no word carries sentiment. */
    public double score(String sentence) {
        List<String> words = words(sentence);
        if (words.isEmpty()) {
            return 0.0;
        }
        boolean mixedCase = hasMixedCase(words);
        double[] valences = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (BOOSTERS_UP.contains(lower) || BOOSTERS_DOWN.contains(lower)) {
                continue;
            }
            double valence = lexicon.valence(lower);
            if (valence == 0.0) {
                continue;
            }
            if (mixedCase && isShouting(word)) {
                valence += Math.signum(valence) * CAPS_BOOST;
            }
            for (int back = 1; back <= 3 && i - back >= 0; back++) {
                String previous = words.get(i - back).toLowerCase(Locale.ROOT);
                double scalar = BOOSTERS_UP.contains(previous) ? BOOST : BOOSTERS_DOWN.contains(previous) ? -BOOST : 0.0;
                if (scalar != 0.0) {
                    double damp = back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9;
                    valence += Math.signum(valence) * scalar * damp;
                }
                if (isNegation(previous)) {
                    valence *= NEGATION_SCALAR;
                }
            }
            valences[i] = valence;
        }
        int but = indexOfBut(words);
        if (but >= 0) {
            for (int i = 0; i < valences.length; i++) {
                valences[i] *= i < but ? 0.5 : i > but ? 1.5 : 1.0;
            }
        }
        double sum = 0.0;
        for (double valence : valences) {
            sum += valence;
        }
        if (sum == 0.0) {
            return 0.0;
        }
        long exclamations = Math.min(4, sentence.chars().filter(c -> c == '!').count());
        sum += Math.signum(sum) * exclamations * 0.292;
        return Math.max(-1.0, Math.min(1.0, sum / Math.sqrt(sum * sum + ALPHA)));
    }

    private static boolean isNegation(String lower) {
        return NEGATIONS.contains(lower) || lower.endsWith("n't");
    }

    private static int indexOfBut(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase("but")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasMixedCase(List<String> words) {
        int shouting = 0;
        for (String word : words) {
            if (isShouting(word)) {
                shouting++;
            }
        }
        return shouting > 0 && shouting < words.size();
    }

    private static boolean isShouting(String word) {
        return word.length() > 1 && hasLetter(word) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** As {@code word.chars().anyMatch(Character::isLetter)}, without a stream per word (a hot path). */
    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter((int) word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String piece : SPLIT.split(sentence.strip())) {
            String word = stripPunctuation(piece.replace('\u2019', '\''));
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String stripPunctuation(String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && !Character.isLetterOrDigit(piece.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(piece.charAt(end - 1))) {
            end--;
        }
        // A bare emoticon (":)") keeps its form so the lexicon can score it.
        return start == end && piece.length() <= 4 ? piece : piece.substring(start, end);
    }
}
