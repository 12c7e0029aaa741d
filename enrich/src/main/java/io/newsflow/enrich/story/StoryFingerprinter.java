package io.newsflow.enrich.story;

import java.util.Arrays;

/**
 * Turns an article body into its {@link StoryFingerprint}. The body is normalised and read into words by
 * {@link BodyWords}; every run of {@link StoryPolicy#shingleWords()} words is a shingle, hashed to 32 bits;
 * each of {@link StoryPolicy#hashes()} hash functions keeps its minimum over the distinct shingles (MinHash),
 * of which the fingerprint keeps the low 16 bits. The hash functions are the top 31 bits of {@code a * x + b}
 * modulo 2^32 with random odd {@code a}: the shingle hashes are already uniform, so this family is enough, and
 * one multiply-add per shingle and function runs as vector instructions (the tests check the estimate's error
 * against the binomial bound). Names and numbers go to two bottom-k sketches, the first words to the lede
 * hash. The title is not read: a copy's headline is what partners rewrite most. Thread-safe and
 * allocation-light (a few arrays per call, no String per word).
 */
public final class StoryFingerprinter {
    private static final long SEED = 0x5DEECE66DL;
    private static final long FACT_SALT = 0x2545F4914F6CDD1DL;

    private final StoryPolicy policy;
    private final int[] multipliers;
    private final int[] increments;

    public StoryFingerprinter(StoryPolicy policy) {
        this(policy, SEED);
    }

    /** With other hash functions: tests use it to show the figures are not a lucky draw of functions. */
    StoryFingerprinter(StoryPolicy policy, long seed) {
        this.policy = policy;
        this.multipliers = new int[policy.hashes()];
        this.increments = new int[policy.hashes()];
        long state = seed;
        for (int i = 0; i < multipliers.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            long random = mix(state);
            multipliers[i] = (int) random | 1;
            increments[i] = (int) (random >>> 32);
        }
    }

    /** The fingerprint of a body; the title is not part of it (a copy's headline is rewritten most often). */
    public StoryFingerprint of(String title, String body) {
        BodyWords words = BodyWords.scan(body);
        int[] shingles = distinctShingles(words);
        if (shingles.length == 0) {
            return new StoryFingerprint(new int[0], 0, facts(words, BodyWords.NAME, policy.maxNames()),
                    facts(words, BodyWords.NUMBER, policy.maxNumbers()), 0L);
        }
        return new StoryFingerprint(minHashes(shingles), shingles.length,
                facts(words, BodyWords.NAME, policy.maxNames()), facts(words, BodyWords.NUMBER, policy.maxNumbers()),
                lede(words));
    }

    /** The 32-bit hashes of the distinct shingles, in order of first appearance. */
    private int[] distinctShingles(BodyWords words) {
        int k = policy.shingleWords();
        int count = words.size() - k + 1;
        if (count <= 0) {
            return new int[0];
        }
        int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
        int[] table = new int[capacity];
        int shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int[] distinct = new int[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            long h = words.hash(i);
            for (int j = 1; j < k; j++) {
                h = h * 0x9E3779B97F4A7C15L + words.hash(i + j);
            }
            int shingle = (int) (mix(h) >>> 32);
            if (shingle == 0) {
                shingle = 1; // 0 marks an empty slot
            }
            int slot = (shingle * 0x9E3779B9) >>> shift;
            while (table[slot] != 0 && table[slot] != shingle) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (table[slot] == 0) {
                table[slot] = shingle;
                distinct[size++] = shingle;
            }
        }
        return Arrays.copyOf(distinct, size);
    }

    private int[] minHashes(int[] shingles) {
        int hashes = multipliers.length;
        int[] minima = new int[hashes];
        Arrays.fill(minima, Integer.MAX_VALUE);
        int[] a = multipliers;
        int[] b = increments;
        for (int shingle : shingles) {
            for (int i = 0; i < hashes; i++) {
                // The top 31 bits of a * x + b, and a minimum without Math.min or a branch: both operands are
                // non-negative, so the difference cannot overflow, and this form runs as vector instructions
                // (Math.min on ints does not on Java 17: 0.6 against 0.09 ns per shingle and function).
                int value = (a[i] * shingle + b[i]) >>> 1;
                int difference = value - minima[i];
                minima[i] += difference & (difference >> 31);
            }
        }
        for (int i = 0; i < hashes; i++) {
            minima[i] &= 0xFFFF;
        }
        return minima;
    }

    /** The smallest 16-bit hashes of the distinct words of one kind. */
    private static FactSketch facts(BodyWords words, byte kind, int keep) {
        int[] hashes = new int[words.size()];
        int size = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.kind(i) == kind) {
                hashes[size++] = (int) (mix(words.hash(i) ^ FACT_SALT) >>> 48);
            }
        }
        if (size == 0) {
            return FactSketch.EMPTY;
        }
        Arrays.sort(hashes, 0, size);
        int distinct = 1;
        for (int i = 1; i < size; i++) {
            if (hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return new FactSketch(Arrays.copyOf(hashes, Math.min(distinct, keep)), distinct);
    }

    private long lede(BodyWords words) {
        int n = policy.ledeWords();
        if (words.size() < n) {
            return 0L;
        }
        long h = 0x84222325CBF29CE4L;
        for (int i = 0; i < n; i++) {
            h = mix(h ^ words.hash(i));
        }
        return h == 0L ? 1L : h;
    }

    /** The murmur3 finaliser: every output bit depends on every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
