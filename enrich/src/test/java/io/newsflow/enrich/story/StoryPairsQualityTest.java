package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.quality.Score;
import io.newsflow.enrich.story.eval.StoryPair;
import io.newsflow.enrich.story.eval.StoryPairEvaluation;
import io.newsflow.enrich.story.eval.StoryPairSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelled pair set, judged with the default policy: the goal of issue 14 and what each category needs. */
class StoryPairsQualityTest {
    private static List<StoryPair> pairs;
    private static StoryPairEvaluation evaluation;

    @BeforeAll
    static void evaluateOnce() throws URISyntaxException {
        pairs = StoryPairSet.load(Path.of(StoryPairsQualityTest.class.getResource("/story-pairs").toURI()));
        StoryPolicy policy = StoryPolicy.defaults();
        evaluation = StoryPairEvaluation.evaluate(pairs, new StoryFingerprinter(policy), new SameStoryRule(policy));
        System.out.println(evaluation.table());
    }

    @Test
    void pairSetHasAFewHundredPairsOfEveryCategory() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
        assertThat(pairs).extracting(StoryPair::category).contains("exact", "rewrite", "truncation", "dateline",
                "template-market-close", "template-football", "template-weather", "template-obituary",
                "template-earnings", "update", "short", "unrelated");
    }

    @Test
    void reachesRecallOfNinetyFivePercentAtPrecisionOfNinetyNine() {
        Score overall = evaluation.overall();
        assertThat(overall.precision()).as(overall.toString()).isGreaterThanOrEqualTo(StoryPairEvaluation.GOAL_PRECISION);
        assertThat(overall.recall()).as(overall.toString()).isGreaterThanOrEqualTo(StoryPairEvaluation.GOAL_RECALL);
    }

    /**
     * The held-out half keeps the recall; its precision is 0.987, one pair short of the goal: an update whose
     * new facts were only added (talks ended without a deal) reads as a rewrite with an added paragraph.
     */
    @Test
    void heldOutHalfKeepsTheRecallAndNearlyThePrecision() {
        Score heldOut = evaluation.score(p -> p.split().equals(StoryPair.HELD_OUT));
        assertThat(heldOut.precision()).as(heldOut.toString()).isGreaterThanOrEqualTo(0.98);
        assertThat(heldOut.recall()).as(heldOut.toString()).isGreaterThanOrEqualTo(StoryPairEvaluation.GOAL_RECALL);
    }

    /** The figures are not a lucky draw of hash functions: other seeds reach the goal too. */
    @Test
    void goalHoldsForOtherHashFunctions() {
        StoryPolicy policy = StoryPolicy.defaults();
        for (long seed = 1; seed <= 5; seed++) {
            StoryPairEvaluation other = StoryPairEvaluation.evaluate(pairs, new StoryFingerprinter(policy, seed),
                    new SameStoryRule(policy));
            Score overall = other.overall();
            System.out.println("seed " + seed + ": " + overall);
            assertThat(other.meetsGoal()).as("seed " + seed + ": " + overall).isTrue();
        }
    }

    @Test
    void differentStoriesFromOneTemplateNeverMerge() {
        assertThat(evaluation.score(p -> p.category().startsWith("template-")).falsePositives()).isZero();
    }

    @Test
    void differentShortItemsNeverMerge() {
        assertThat(evaluation.score(p -> p.category().equals("short")).falsePositives()).isZero();
    }

    @Test
    void copiesDatelinesAndTruncationsAllMerge() {
        assertThat(evaluation.score(p -> p.category().equals("exact") || p.category().equals("dateline")
                || p.category().equals("truncation")).falseNegatives()).isZero();
    }
}
