package io.newsflow.enrich.story;

/**
 * Judges whether two fingerprints are the same story: estimated Jaccard similarity for rewrites, and
 * estimated containment of the smaller in the larger for truncations and added paragraphs. Bodies
 * shorter than {@link StoryPolicy#minShingles()} are never near copies of anything.
 */
public final class SameStoryRule {
    private final StoryPolicy policy;

    public SameStoryRule(StoryPolicy policy) {
        this.policy = policy;
    }

    public SameStory judge(StoryFingerprint first, StoryFingerprint candidate) {
        if (first.minHashes().length != candidate.minHashes().length || first.isEmpty() || candidate.isEmpty()) {
            return new SameStory(false, 0, 0);
        }
        int equal = 0;
        for (int i = 0; i < first.minHashes().length; i++) {
            if (first.minHashes()[i] == candidate.minHashes()[i]) {
                equal++;
            }
        }
        double jaccard = (double) equal / first.minHashes().length;
        // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
        double intersection = jaccard * (first.shingles() + candidate.shingles()) / (1 + jaccard);
        double containment = Math.min(1.0, intersection / Math.min(first.shingles(), candidate.shingles()));
        boolean longEnough = Math.min(first.shingles(), candidate.shingles()) >= policy.minShingles();
        boolean same = longEnough && (jaccard >= policy.minJaccard() || containment >= policy.minContainment());
        return new SameStory(same, jaccard, containment);
    }
}
