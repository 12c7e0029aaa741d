package io.newsflow.enrich.story;

import java.nio.ByteBuffer;

/**
 * The MinHash signature of an article body's shingles and how many distinct shingles it had (the
 * count turns an estimated Jaccard similarity into an estimated containment).
 *
 * @param minHashes one minimum per hash function; empty when the body had no shingle
 * @param shingles distinct shingles of the body
 */
public record StoryFingerprint(int[] minHashes, int shingles) {
    private static final byte FORMAT = 1;

    public boolean isEmpty() {
        return shingles == 0;
    }

    /** A compact form for state stores: a format byte, the shingle count, then the minima. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(1 + 4 + 4 * minHashes.length);
        buffer.put(FORMAT).putInt(shingles);
        for (int value : minHashes) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    public static StoryFingerprint fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte format = buffer.get();
        if (format != FORMAT) {
            throw new IllegalArgumentException("Unknown story fingerprint format " + format);
        }
        int shingles = buffer.getInt();
        int[] minHashes = new int[buffer.remaining() / 4];
        for (int i = 0; i < minHashes.length; i++) {
            minHashes[i] = buffer.getInt();
        }
        return new StoryFingerprint(minHashes, shingles);
    }
}
