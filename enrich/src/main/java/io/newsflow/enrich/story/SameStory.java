package io.newsflow.enrich.story;

/**
 * The verdict on a pair of articles, with the estimates it rests on and the reason, for logs and for
 * {@code newsflow eval stories}.
 *
 * @param same whether they tell the same story
 * @param jaccard estimated Jaccard similarity of their shingle sets
 * @param containment estimated share of the smaller set found in the larger
 * @param reason why
 */
public record SameStory(boolean same, double jaccard, double containment, Reason reason) {

    /** Why a pair was judged the same story or not. */
    public enum Reason {
        /** Enough shared text and no fact replaced: a copy, rewrite, truncation or addition. */
        SAME_TEXT,
        /** Identical after normalisation, where at least one body is short. */
        IDENTICAL_SHORT,
        /** Not enough shared text (or a fingerprint was empty or of another shape). */
        DIFFERENT_TEXT,
        /** At least one body is short and they are not identical: short items merge only as exact copies. */
        SHORT,
        /** Each side has a number the other lacks: a figure changed (an update, another day's report). */
        FIGURES_CHANGED,
        /** Each side has text and names the other lacks: facts were replaced, not added or cut. */
        FACTS_CHANGED
    }

    /** A verdict of the first API, its reason inferred from the answer. */
    public SameStory(boolean same, double jaccard, double containment) {
        this(same, jaccard, containment, same ? Reason.SAME_TEXT : Reason.DIFFERENT_TEXT);
    }
}
