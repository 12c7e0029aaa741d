package io.newsflow.enrich.nlp.crf;

import java.util.Arrays;

/**
 * The features that join two or three values (a word and a shape, two shapes, two classes...), found by
 * the values' integer ids instead of by a built string: the key packs the template and up to three ids of
 * 19 bits each into a long, in an open-addressing table of primitives built once and only read afterwards,
 * so stream threads share it without locks and a lookup allocates nothing.
 */
final class JointFeatureIndex {
    /** Ids of words, shapes and classes must fit in 19 bits; the model's joint features hold about 20,000 words. */
    static final int MAX_ID = (1 << 19) - 1;

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int size;

    JointFeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    static long key(Template template, int a, int b, int c) {
        return ((long) template.ordinal() << 57) | ((long) a << 38) | ((long) b << 19) | c;
    }

    /** The feature id joined under {@code template} by these value ids (0 for an absent third), or -1. */
    int get(Template template, int a, int b, int c) {
        if (a < 0 || b < 0 || c < 0) {
            return -1;
        }
        long key = key(template, a, b, c);
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == key) {
                return values[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    void put(Template template, int a, int b, int c, int feature) {
        if (a > MAX_ID || b > MAX_ID || c > MAX_ID) {
            throw new IllegalStateException("More than " + MAX_ID + " distinct values in the model's joint features");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(key(template, a, b, c), feature);
    }

    int size() {
        return size;
    }

    private void insert(long key, int feature) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                values[slot] = feature;
                return;
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                values[slot] = feature;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
