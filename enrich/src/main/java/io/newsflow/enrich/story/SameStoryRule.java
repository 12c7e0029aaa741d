package io.newsflow.enrich.story;

/**
 * Judges whether two fingerprints tell the same story. Symmetric: the order of the pair does not matter.
 * <ol>
 * <li>Short items (either body under {@link StoryPolicy#minShingles()} shingles) are the same story only
 *     when identical after normalisation (every minimum and the shingle count equal): a false copy hides
 *     news, and two one-line briefs that differ in one figure are two pieces of news.</li>
 * <li>Shared text: the estimated containment of the shorter body in the longer must reach
 *     {@link StoryPolicy#minContainment()} (rewrites, truncations to 30%, added paragraphs all do), and the
 *     Jaccard similarity {@link StoryPolicy#minJaccard()} (a brief is not a copy of the digest it sits in).</li>
 * <li>Facts, which shared text cannot see: different stories from one template (market closes, match
 *     reports, weather warnings, obituaries, earnings briefs) share most of their words and differ in their
 *     names and numbers; a story updated with new facts does the same. Two versions are different stories
 *     when each has a number the other lacks (a figure was replaced), or when each has a name or number the
 *     other lacks and each has at least {@link StoryPolicy#minChangedText()} of its text the other lacks
 *     (facts were rewritten, not merely added or cut). A copy that only adds a paragraph, only cuts one,
 *     or rewords without changing a name or a figure stays the same story.</li>
 * </ol>
 * The Jaccard estimate's standard error is sqrt(J(1-J)/hashes) (0.046 at J = 0.5 for 120 hashes); containment
 * is derived from it and the two shingle counts. Fact counts are exact while a body has no more distinct names
 * or numbers than its sketch keeps; beyond, a replaced fact is seen only when it falls in the sketches' common
 * range, so a long story's update can pass for a copy.
 */
public final class SameStoryRule {
    private final StoryPolicy policy;

    public SameStoryRule(StoryPolicy policy) {
        this.policy = policy;
    }

    public SameStory judge(StoryFingerprint first, StoryFingerprint candidate) {
        int[] a = first.minHashes();
        int[] b = candidate.minHashes();
        if (a.length != b.length || a.length == 0 || first.isEmpty() || candidate.isEmpty()) {
            return new SameStory(false, 0, 0, SameStory.Reason.DIFFERENT_TEXT);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        double jaccard = (double) equal / a.length;
        int smaller = Math.min(first.shingles(), candidate.shingles());
        // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
        double intersection = jaccard * (first.shingles() + candidate.shingles()) / (1 + jaccard);
        double containment = Math.min(1.0, intersection / smaller);
        if (smaller < policy.minShingles()) {
            boolean identical = equal == a.length && first.shingles() == candidate.shingles();
            return new SameStory(identical, jaccard, containment,
                    identical ? SameStory.Reason.IDENTICAL_SHORT : SameStory.Reason.SHORT);
        }
        if (jaccard < policy.minJaccard() || containment < policy.minContainment()) {
            return new SameStory(false, jaccard, containment, SameStory.Reason.DIFFERENT_TEXT);
        }
        FactSketch.Exclusive numbers = first.numbers().exclusive(candidate.numbers());
        if (numbers.fewer() >= 1) {
            return new SameStory(false, jaccard, containment, SameStory.Reason.FIGURES_CHANGED);
        }
        FactSketch.Exclusive names = first.names().exclusive(candidate.names());
        boolean factsOnBothSides = Math.min(names.first() + numbers.first(), names.second() + numbers.second()) >= 1;
        double changedFirst = 1 - Math.min(1.0, intersection / first.shingles());
        double changedCandidate = 1 - Math.min(1.0, intersection / candidate.shingles());
        if (factsOnBothSides && Math.min(changedFirst, changedCandidate) >= policy.minChangedText()) {
            return new SameStory(false, jaccard, containment, SameStory.Reason.FACTS_CHANGED);
        }
        return new SameStory(true, jaccard, containment, SameStory.Reason.SAME_TEXT);
    }
}
