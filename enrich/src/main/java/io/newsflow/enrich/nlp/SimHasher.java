package io.newsflow.enrich.nlp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash (Charikar) over word shingles: syndicated copies of one wire story with a changed
 * headline or a trimmed paragraph differ in a few bits, unrelated stories in about 32, so the
 * topology finds near-duplicates by Hamming distance without keeping the texts.
 */
public final class SimHasher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHINGLE = 3;

    public long hash(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        if (words.isEmpty()) {
            return 0L;
        }
        int[] weights = new int[64];
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
            long h = fnv1a64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long result = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** Number of differing bits: 0 for identical shingle sets, about 32 for unrelated texts. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly for short inputs: finish with a murmur-style avalanche.
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
