package io.newsflow.enrich.story;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What story identity keeps of an article body: the MinHash signature of its shingles and how many distinct
 * shingles it had (the count turns an estimated Jaccard similarity into an estimated containment), the
 * names and the numbers it mentions (what tells two stories of one template apart), and the hash of its
 * opening words (the lede key). The minima are 16-bit (b-bit MinHash): two different shingles agree by
 * chance with probability 1/65,536, which biases an estimate by less than 0.0001.
 *
 * @param minHashes one minimum per hash function, each in 0..65535; empty when the body had no shingle
 * @param shingles distinct shingles of the body
 * @param names the names of the body (capitalised words that do not open a sentence)
 * @param numbers the numbers of the body (figures, and number words from two to twenty)
 * @param lede hash of the first {@link StoryPolicy#ledeWords()} normalised words; 0 when the body is shorter
 */
public record StoryFingerprint(int[] minHashes, int shingles, FactSketch names, FactSketch numbers, long lede) {
    private static final byte FIRST_FORMAT = 1;
    private static final byte FORMAT = 2;

    /** A fingerprint of the first API (signature and count only), as its callers built it. */
    public StoryFingerprint(int[] minHashes, int shingles) {
        this(minHashes, shingles, FactSketch.EMPTY, FactSketch.EMPTY, 0L);
    }

    public boolean isEmpty() {
        return shingles == 0;
    }

    /**
     * A compact form for state stores: a format byte, the shingle count, the minima as 16-bit values, the
     * lede hash, then each fact sketch as its count and its 16-bit hashes. A body of 140 words takes about
     * 320 bytes, any body at most 489 (120 hashes, 64 names, 48 numbers).
     */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(1 + 4 + 2 + 2 * minHashes.length + 8
                + 5 + 2 * names.smallest().length + 5 + 2 * numbers.smallest().length);
        buffer.put(FORMAT).putInt(shingles).putShort((short) minHashes.length);
        for (int value : minHashes) {
            buffer.putShort((short) value);
        }
        buffer.putLong(lede);
        put(buffer, names);
        put(buffer, numbers);
        return buffer.array();
    }

    /** Reads {@link #toBytes()}, and the first format (a count and 32-bit minima) as a fingerprint without facts. */
    public static StoryFingerprint fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            byte format = buffer.get();
            if (format == FIRST_FORMAT) {
                int shingles = buffer.getInt();
                int[] minHashes = new int[buffer.remaining() / 4];
                for (int i = 0; i < minHashes.length; i++) {
                    minHashes[i] = buffer.getInt();
                }
                return new StoryFingerprint(minHashes, shingles);
            }
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown story fingerprint format " + format);
            }
            int shingles = buffer.getInt();
            int[] minHashes = new int[Short.toUnsignedInt(buffer.getShort())];
            for (int i = 0; i < minHashes.length; i++) {
                minHashes[i] = Short.toUnsignedInt(buffer.getShort());
            }
            long lede = buffer.getLong();
            FactSketch names = sketch(buffer);
            FactSketch numbers = sketch(buffer);
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException("Story fingerprint has " + buffer.remaining() + " bytes too many");
            }
            return new StoryFingerprint(minHashes, shingles, names, numbers, lede);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("Story fingerprint is truncated (" + bytes.length + " bytes)", e);
        }
    }

    private static void put(ByteBuffer buffer, FactSketch sketch) {
        buffer.putInt(sketch.distinct()).put((byte) sketch.smallest().length);
        for (int value : sketch.smallest()) {
            buffer.putShort((short) value);
        }
    }

    private static FactSketch sketch(ByteBuffer buffer) {
        int distinct = buffer.getInt();
        int[] smallest = new int[Byte.toUnsignedInt(buffer.get())];
        for (int i = 0; i < smallest.length; i++) {
            smallest[i] = Short.toUnsignedInt(buffer.getShort());
        }
        return new FactSketch(smallest, distinct);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryFingerprint other && shingles == other.shingles && lede == other.lede
                && Arrays.equals(minHashes, other.minHashes) && names.equals(other.names) && numbers.equals(other.numbers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minHashes) * 31 + Long.hashCode(lede) + shingles;
    }

    @Override
    public String toString() {
        return "StoryFingerprint(" + shingles + " shingles, " + minHashes.length + " hashes, names " + names.distinct()
                + ", numbers " + numbers.distinct() + ", lede " + Long.toHexString(lede) + ")";
    }
}
