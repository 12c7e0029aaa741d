package io.newsflow.enrich.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article body into its {@link StoryFingerprint}: lower-cased words, shingles of
 * {@link StoryPolicy#shingleWords()} words, and the minimum of each of {@link StoryPolicy#hashes()}
 * hash functions over the shingles. Thread-safe.
 */
public final class StoryFingerprinter {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final StoryPolicy policy;
    private final long[] seeds;

    public StoryFingerprinter(StoryPolicy policy) {
        this.policy = policy;
        this.seeds = new long[policy.hashes()];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            seeds[i] = seed;
        }
    }

    /** The fingerprint of a body; the title is not part of it (a copy's headline is rewritten most often). */
    public StoryFingerprint of(String title, String body) {
        String[] words = words(body == null ? "" : body);
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + policy.shingleWords() <= words.length; i++) {
            long h = 0x84222325CBF29CE4L;
            for (int j = 0; j < policy.shingleWords(); j++) {
                h = mix(h ^ words[i + j].hashCode());
            }
            shingles.add(h);
        }
        if (shingles.isEmpty()) {
            return new StoryFingerprint(new int[0], 0);
        }
        int[] minima = new int[seeds.length];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < seeds.length; k++) {
                int value = (int) (mix(shingle ^ seeds[k]) >>> 33);
                if (value < minima[k]) {
                    minima[k] = value;
                }
            }
        }
        return new StoryFingerprint(minima, shingles.size());
    }

    private static String[] words(String text) {
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        java.util.List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words.toArray(String[]::new);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
