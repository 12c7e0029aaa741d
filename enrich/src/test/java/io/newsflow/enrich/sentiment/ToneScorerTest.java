package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneScorerTest {
    private final ToneScorer scorer = new ToneScorer(SentimentLexicon.load());

    @Test
    void violenceAndLossScoreNegative() {
        assertThat(scorer.score("At least 14 people were killed and hundreds injured in the attack.")).isLessThan(-0.5);
    }

    @Test
    void successScoresPositive() {
        assertThat(scorer.score("The team celebrated a stunning victory and thanked their loyal fans.")).isGreaterThan(0.5);
    }

    @Test
    void factualSentenceScoresZero() {
        assertThat(scorer.score("The meeting took place in Brussels on Thursday.")).isZero();
    }

    @Test
    void negationFlipsTheTone() {
        assertThat(scorer.score("The plan is good.")).isPositive();
        assertThat(scorer.score("The plan is not good.")).isNegative();
    }

    @Test
    void boostersAndCapitalsIntensify() {
        double plain = scorer.score("The outcome was bad.");
        assertThat(scorer.score("The outcome was very bad.")).isLessThan(plain);
        assertThat(scorer.score("The outcome was BAD.")).isLessThan(plain);
    }

    @Test
    void theClauseAfterButWeighsMore() {
        assertThat(scorer.score("The talks were difficult, but the result was excellent.")).isPositive();
    }

    @Test
    void staysWithinMinusOneAndOne() {
        String rant = "Terrible horrible awful disastrous catastrophic deadly tragic war crisis killed dead!!!";
        assertThat(scorer.score(rant)).isBetween(-1.0, -0.9);
    }
}
