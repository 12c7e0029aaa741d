package io.newsflow.enrich.story.eval;

/**
 * One labelled pair of the set.
 *
 * @param id unique name of the pair
 * @param category what kind of pair it is (exact, rewrite, truncation, dateline, template-*, update, short,
 *     unrelated)
 * @param same the label: whether the two texts tell the same story
 * @param split {@code calibration} (thresholds were chosen on it) or {@code held-out}
 * @param origin {@code wikigold} when the texts are WikiGold prose, {@code newsflow} when written for the project
 * @param note what was done to make the pair
 * @param first the first text
 * @param second the second text
 */
public record StoryPair(String id, String category, boolean same, String split, String origin, String note,
        Text first, Text second) {

    public static final String CALIBRATION = "calibration";
    public static final String HELD_OUT = "held-out";

    /** An article as the pair gives it: headline and body. */
    public record Text(String title, String body) {}
}
