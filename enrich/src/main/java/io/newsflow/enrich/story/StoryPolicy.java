package io.newsflow.enrich.story;

/**
 * How story identity is measured and judged.
 *
 * @param shingleWords words per shingle
 * @param hashes MinHash values per fingerprint (the estimate's standard error is sqrt(J(1-J)/hashes))
 * @param bands LSH bands; {@code hashes} must be a multiple of it
 * @param minShingles a body with fewer shingles is never judged a near copy (short items must not merge by accident)
 * @param minJaccard estimated Jaccard similarity at or above which two bodies are the same story
 * @param minContainment estimated containment of the shorter body in the longer at or above which two
 *     bodies are the same story (truncations, added paragraphs)
 */
public record StoryPolicy(int shingleWords, int hashes, int bands, int minShingles, double minJaccard,
        double minContainment) {
    public StoryPolicy {
        if (hashes <= 0 || bands <= 0 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a positive multiple of bands (" + bands + ")");
        }
    }

    public static StoryPolicy defaults() {
        return new StoryPolicy(3, 128, 32, 20, 0.6, 0.8);
    }

    public int rowsPerBand() {
        return hashes / bands;
    }
}
