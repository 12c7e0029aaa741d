package io.newsflow.app.bench.corpus;

/**
 * What a generated corpus looks like. Kept apart from the generator so a benchmark can state, in its
 * output, exactly which mix of work it measured.
 *
 * @param minWords shortest body in words (English articles)
 * @param maxWords longest body in words
 * @param duplicateShare share of articles that are near-duplicates of an earlier one (0..1)
 * @param nonEnglishShare share of articles in German, French or Spanish (0..1)
 */
public record CorpusShape(int minWords, int maxWords, double duplicateShare, double nonEnglishShare) {
    /** The mix the end-to-end benchmark uses unless told otherwise. */
    public static final CorpusShape NEWS = new CorpusShape(300, 1500, 0.05, 0.05);

    public CorpusShape {
        if (minWords < 20 || maxWords < minWords) {
            throw new IllegalArgumentException("Article length must satisfy 20 <= min <= max words, got " + minWords + ".." + maxWords);
        }
        if (duplicateShare < 0 || nonEnglishShare < 0 || duplicateShare + nonEnglishShare > 1) {
            throw new IllegalArgumentException("Shares of duplicates (" + duplicateShare + ") and non-English articles ("
                    + nonEnglishShare + ") must be non-negative and add up to at most 1");
        }
    }

    public CorpusShape withWords(int min, int max) {
        return new CorpusShape(min, max, duplicateShare, nonEnglishShare);
    }
}
