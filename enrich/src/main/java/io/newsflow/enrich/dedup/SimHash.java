package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash of a text's word 3-shingles (Charikar): texts that share most shingles get hashes a
 * few bits apart, so a syndicated copy with an extra byline or one rewritten sentence stays close while
 * unrelated stories differ in about 32 bits. Texts too short to judge get 0, which never matches.
 */
public final class SimHash {
    private static final int SHINGLE_WORDS = 3;
    private static final int MIN_SHINGLES = 8;

    /** The hash of {@code text}, or 0 when it has fewer than 8 shingles. */
    public long of(String text) {
        List<String> words = words(text);
        int shingles = words.size() - SHINGLE_WORDS + 1;
        if (shingles < MIN_SHINGLES) {
            return 0L;
        }
        int[] votes = new int[64];
        for (int i = 0; i < shingles; i++) {
            long h = hash(words.get(i), words.get(i + 1), words.get(i + 2));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long result = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result == 0L ? 1L : result;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Splits a hash into {@code maxDistance + 1} bands: two hashes within {@code maxDistance} bits agree
     * on at least one whole band (pigeonhole), so looking up each band finds every candidate.
     */
    public static List<String> bands(long hash, int maxDistance) {
        int count = maxDistance + 1;
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * 64 / count;
            int to = (i + 1) * 64 / count;
            long mask = to - from == 64 ? -1L : ((1L << (to - from)) - 1L);
            keys.add(i + "/" + count + ":" + Long.toHexString((hash >>> from) & mask));
        }
        return keys;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** FNV-1a over the shingle, then a murmur3 finaliser so every output bit depends on every input. */
    private static long hash(String a, String b, String c) {
        long h = 0xcbf29ce484222325L;
        for (String part : new String[] {a, " ", b, " ", c}) {
            for (int i = 0; i < part.length(); i++) {
                h ^= part.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
