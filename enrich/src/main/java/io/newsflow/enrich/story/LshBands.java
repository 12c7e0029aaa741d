package io.newsflow.enrich.story;

/**
 * Locality-sensitive hashing of fingerprints: the bucket keys under which the dedup step files an article
 * and looks up its candidates. Three kinds of key, each tagged so that kinds never collide:
 * <ul>
 * <li>one key per band: the minima are cut into b bands of r rows, and two fingerprints that agree on
 *     every row of a band share its key. A pair of Jaccard similarity J shares at least one band with
 *     probability 1 - (1 - J^r)^b; with the default 40 bands of 3 rows a pair at J = 0.5 is missed with
 *     probability 0.5%, at J = 0.6 with 0.006%, at J = 0.4 with 7%, and two unrelated articles
 *     (J about 0.005) meet with probability 5e-6;</li>
 * <li>the lede key: the hash of the first words. A truncated copy and a summary that is the story's own
 *     first paragraph keep them, so they meet the full story whatever their Jaccard similarity (a 30% cut
 *     has J of about 0.3, which bands alone find two times in three);</li>
 * <li>for a short body (fewer than {@link StoryPolicy#minShingles()} shingles) only the exact key, the hash of
 *     the whole signature: short items merge only as identical copies, so they need meet nothing else.</li>
 * </ul>
 * An empty body has no key.
 */
public final class LshBands {
    private static final long BAND = 0x6A09E667F3BCC909L;
    private static final long LEDE = 0xBB67AE8584CAA73BL;
    private static final long EXACT = 0x3C6EF372FE94F82BL;

    private final StoryPolicy policy;

    public LshBands(StoryPolicy policy) {
        this.policy = policy;
    }

    /** The bucket keys of a fingerprint: its bands and lede, only its exact key when short, none when empty. */
    public long[] keys(StoryFingerprint fingerprint) {
        int[] minima = fingerprint.minHashes();
        if (fingerprint.isEmpty() || minima.length != policy.hashes()) {
            return new long[0];
        }
        if (fingerprint.shingles() < policy.minShingles()) {
            long h = EXACT ^ fingerprint.shingles();
            for (int value : minima) {
                h = StoryFingerprinter.mix(h * 31 + value);
            }
            return new long[] {h};
        }
        int rows = policy.rowsPerBand();
        boolean hasLede = fingerprint.lede() != 0L;
        long[] keys = new long[policy.bands() + (hasLede ? 1 : 0)];
        for (int band = 0; band < policy.bands(); band++) {
            long h = BAND + band;
            for (int row = 0; row < rows; row++) {
                h = StoryFingerprinter.mix(h * 31 + minima[band * rows + row]);
            }
            keys[band] = h;
        }
        if (hasLede) {
            keys[policy.bands()] = StoryFingerprinter.mix(LEDE ^ fingerprint.lede());
        }
        return keys;
    }
}
