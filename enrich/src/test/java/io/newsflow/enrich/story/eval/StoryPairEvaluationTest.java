package io.newsflow.enrich.story.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.story.SameStoryRule;
import io.newsflow.enrich.story.StoryFingerprinter;
import io.newsflow.enrich.story.StoryPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryPairEvaluationTest {
    private final StoryPolicy policy = StoryPolicy.defaults();

    @Test
    void countsAMergedDifferentPairAsAFalsePositiveAndASplitCopyAsAFalseNegative() {
        String story = "Lufthansa cancelled more than 800 flights on Thursday as pilots walked out in a dispute over pensions, "
                + "stranding tens of thousands of passengers at its hubs in Frankfurt and Munich.";
        List<StoryPair> pairs = List.of(
                pair("copy", true, story, story),
                pair("mislabelled", false, story, story),
                pair("missed", true, story, "Brent crude fell 2 percent to $61.40 a barrel on Friday, while US benchmark "
                        + "West Texas Intermediate settled at $57.80, the lowest level since 2021."));
        StoryPairEvaluation evaluation = StoryPairEvaluation.evaluate(pairs, new StoryFingerprinter(policy), new SameStoryRule(policy));
        assertThat(evaluation.overall().truePositives()).isEqualTo(1);
        assertThat(evaluation.overall().falsePositives()).isEqualTo(1);
        assertThat(evaluation.overall().falseNegatives()).isEqualTo(1);
        assertThat(evaluation.meetsGoal()).isFalse();
        assertThat(evaluation.errors()).extracting(j -> j.pair().id()).containsExactly("mislabelled", "missed");
        assertThat(evaluation.table()).contains("category test", "half held-out", "origin newsflow", "all",
                "wrong verdicts (2)", "missed");
    }

    private static StoryPair pair(String id, boolean same, String first, String second) {
        return new StoryPair(id, "test", same, StoryPair.HELD_OUT, "newsflow", "", new StoryPair.Text("", first),
                new StoryPair.Text("", second));
    }
}
