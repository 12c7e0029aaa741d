package io.newsflow.enrich.story;

/**
 * Locality-sensitive hashing of fingerprints: the minima are cut into bands, and two fingerprints that
 * agree on every value of at least one band share a bucket key. Pairs with high similarity share a key
 * with high probability (1 - (1 - J^r)^b for b bands of r rows), unrelated ones almost never.
 */
public final class LshBands {
    private final StoryPolicy policy;

    public LshBands(StoryPolicy policy) {
        this.policy = policy;
    }

    /** One bucket key per band; none for a fingerprint too short to be judged a near copy. */
    public long[] keys(StoryFingerprint fingerprint) {
        if (fingerprint.shingles() < policy.minShingles() || fingerprint.minHashes().length != policy.hashes()) {
            return new long[0];
        }
        int rows = policy.rowsPerBand();
        long[] keys = new long[policy.bands()];
        for (int band = 0; band < keys.length; band++) {
            long h = band;
            for (int row = 0; row < rows; row++) {
                h = StoryFingerprinter.mix(h * 31 + fingerprint.minHashes()[band * rows + row]);
            }
            keys[band] = h;
        }
        return keys;
    }
}
