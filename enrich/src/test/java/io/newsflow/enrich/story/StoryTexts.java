package io.newsflow.enrich.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Article bodies for the story tests: real-shaped ones from the test resources, and random prose for statistics. */
final class StoryTexts {
    private StoryTexts() {
    }

    /** The body of a test resource in the gold format (headline, blank line, body), e.g. {@code /gold/seed-article.txt}. */
    static String body(String resource) {
        try (InputStream in = StoryTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf("\n\n") + 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code words} random lower-case words: their shingles are all distinct, so exact Jaccard is easy to count. */
    static String[] randomWords(Random random, int words) {
        String[] result = new String[words];
        for (int i = 0; i < words; i++) {
            result[i] = "w" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
        }
        return result;
    }

    /** A copy of {@code words} in which each word is replaced by a fresh one with probability {@code change}. */
    static String[] mutate(Random random, String[] words, double change) {
        String[] copy = words.clone();
        for (int i = 0; i < copy.length; i++) {
            if (random.nextDouble() < change) {
                copy[i] = "x" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
            }
        }
        return copy;
    }

    /** Exact Jaccard similarity of the 3-word shingle sets of two word lists. */
    static double jaccard(String[] a, String[] b) {
        java.util.Set<String> first = shingles(a);
        java.util.Set<String> second = shingles(b);
        java.util.Set<String> union = new java.util.HashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return union.isEmpty() ? 0 : (double) first.size() / union.size();
    }

    private static java.util.Set<String> shingles(String[] words) {
        java.util.Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i + 3 <= words.length; i++) {
            shingles.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return shingles;
    }
}
