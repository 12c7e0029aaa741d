package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.story.eval.StoryPair;
import io.newsflow.enrich.story.eval.StoryPairSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SameStoryRuleTest {
    private final StoryPolicy policy = StoryPolicy.defaults();
    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(policy);
    private final SameStoryRule rule = new SameStoryRule(policy);
    private final String seed = StoryTexts.body("/gold/seed-article.txt");

    /** Issue 14's case: new headline, reworded first paragraph, last sentence cut. */
    @Test
    void aWireRewriteWithARewordedLedeAndACutEndingIsTheSameStory() {
        String rewrite = seed.replace("Top US negotiators met Russian President Vladimir Putin on Tuesday in Moscow, seeking a "
                        + "breakthrough to end the Ukraine war.",
                "Russian President Vladimir Putin met top US negotiators in Moscow on Tuesday as Washington sought a "
                        + "breakthrough to end the war in Ukraine.")
                .substring(0, seed.lastIndexOf("Kushner’s involvement"));
        SameStory verdict = judge(seed, rewrite);
        assertThat(verdict.same()).isTrue();
        assertThat(verdict.jaccard()).isBetween(0.7, 0.95);
        assertThat(verdict.containment()).isGreaterThan(0.85);
    }

    @Test
    void aTruncationToThirtyPercentAndACopyWithAnAddedParagraphAreTheSameStory() {
        String firstThird = seed.substring(0, seed.indexOf("Ukrainian President Volodymyr Zelensky"));
        assertThat(judge(seed, firstThird).same()).isTrue();
        assertThat(judge(seed, seed + "\n\nThe Kremlin said no date had been set for a further meeting.").same()).isTrue();
    }

    @Test
    void twoMarketClosesFromOneTemplateAreDifferentStories() {
        SameStory verdict = judge(StoryTexts.body("/story-pairs/templates/market-close/01-us-monday-chipmakers.txt"),
                StoryTexts.body("/story-pairs/templates/market-close/08-us-monday-chipmakers-again.txt"));
        assertThat(verdict.same()).isFalse();
        assertThat(verdict.reason()).isEqualTo(SameStory.Reason.DIFFERENT_TEXT);
    }

    @Test
    void aReportWhoseFiguresChangedIsADifferentStoryHoweverAlikeTheText() {
        String quake = StoryTexts.body("/gold/22-turkey-earthquake.txt");
        SameStory verdict = judge(quake, quake.replace("killing at least 14 people", "killing at least 38 people"));
        assertThat(verdict.containment()).isGreaterThan(0.95);
        assertThat(verdict.same()).isFalse();
        assertThat(verdict.reason()).isEqualTo(SameStory.Reason.FIGURES_CHANGED);
    }

    @Test
    void aStoryRewrittenAroundNewNamesIsADifferentStory() {
        String summit = StoryTexts.body("/gold/01-eu-summit-migration.txt");
        String update = summit.replace("European Union leaders failed to agree on how to share the cost of hosting asylum "
                        + "seekers on Thursday, after a late-night session in Brussels exposed deep divisions between northern "
                        + "and southern states.",
                "European Union leaders agreed early on Friday to share the cost of hosting asylum seekers after Dutch "
                        + "Prime Minister Dick Schoof brokered a compromise in Brussels.")
                .replace("Diplomats said the dispute also delayed a statement on aid to Ukraine, which several capitals had "
                        + "hoped to approve before the end of the year.",
                        "Diplomats said a statement on aid to Ukraine was now expected at the December summit in Copenhagen.");
        SameStory verdict = judge(summit, update);
        assertThat(verdict.same()).isFalse();
        assertThat(verdict.reason()).isEqualTo(SameStory.Reason.FACTS_CHANGED);
    }

    @Test
    void aCopyThatOnlyAddsAQuoteWithNewNamesIsTheSameStory() {
        String apple = StoryTexts.body("/gold/09-apple-earnings.txt");
        assertThat(judge(apple, apple + "\n\n\"China was the swing factor,\" said Dan Ives, an analyst at Wedbush Securities.")
                .same()).isTrue();
    }

    @Test
    void differentShortItemsNeverMergeAndIdenticalOnesDo() {
        String brief = "Nvidia shares rise 4.1% in premarket trading on strong demand for AI chips.";
        SameStory other = judge(brief, brief.replace("4.1%", "2.7%"));
        assertThat(other.same()).isFalse();
        assertThat(other.reason()).isEqualTo(SameStory.Reason.SHORT);
        SameStory copy = judge(brief, "NEW YORK (Newsflow) - " + brief);
        assertThat(copy.same()).isTrue();
        assertThat(copy.reason()).isEqualTo(SameStory.Reason.IDENTICAL_SHORT);
    }

    /** A digest of fifteen briefs: Jaccard about 0.07, three standard errors under the floor. */
    @Test
    void aBriefInsideADigestIsNotACopyOfIt() {
        String brief = StoryTexts.body("/gold/13-lufthansa-strike.txt");
        StringBuilder digest = new StringBuilder(brief);
        for (String other : new String[] {"01-eu-summit-migration", "02-us-shutdown-vote", "03-uk-budget-reeves",
                "04-india-state-election", "05-gaza-ceasefire-talks", "06-japan-rate-hike", "07-brazil-climate-summit",
                "08-south-africa-power", "09-apple-earnings", "10-steel-merger", "11-opec-output", "12-fed-rate-cut",
                "14-volkswagen-china", "15-hsbc-restructuring"}) {
            digest.append("\n\n").append(StoryTexts.body("/gold/" + other + ".txt"));
        }
        SameStory verdict = judge(digest.toString(), brief);
        assertThat(verdict.jaccard()).isLessThan(policy.minJaccard());
        assertThat(verdict.same()).isFalse();
    }

    @Test
    void emptyFingerprintsAndFingerprintsOfAnotherShapeAreDifferentStories() {
        StoryFingerprint story = fingerprinter.of("", seed);
        assertThat(rule.judge(story, fingerprinter.of("", "")).same()).isFalse();
        assertThat(rule.judge(story, new StoryFingerprint(new int[64], story.shingles())).same()).isFalse();
    }

    @Test
    void theVerdictDoesNotDependOnTheOrderOfThePair() throws URISyntaxException {
        for (StoryPair pair : StoryPairSet.load(Path.of(getClass().getResource("/story-pairs").toURI()))) {
            StoryFingerprint a = fingerprinter.of("", pair.first().body());
            StoryFingerprint b = fingerprinter.of("", pair.second().body());
            assertThat(rule.judge(b, a)).as(pair.id()).isEqualTo(rule.judge(a, b));
        }
    }

    private SameStory judge(String first, String second) {
        return rule.judge(fingerprinter.of("", first), fingerprinter.of("", second));
    }
}
