package io.newsflow.app.enrichbench;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.enrich.quality.Score;
import io.newsflow.enrich.story.SameStoryRule;
import io.newsflow.enrich.story.StoryFingerprinter;
import io.newsflow.enrich.story.StoryPolicy;
import io.newsflow.enrich.story.eval.StoryPair;
import io.newsflow.enrich.story.eval.StoryPairEvaluation;
import io.newsflow.enrich.story.eval.StoryPairSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval stories}: judges every pair of the labelled story pair set with the story identity
 * policy in force (its thresholds can be tried with {@code --set enrich.story.min.containment=0.7}) and
 * prints precision and recall of "same story" per category, half and origin, then every wrong verdict.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scores story identity (same story or not) on the labelled pair set: precision and recall per category.")
public final class EvalStoriesCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--pairs", paramLabel = "DIR", defaultValue = "enrich/src/test/resources/story-pairs",
            description = "The pair set: a directory with pairs/*.yaml (default: ${DEFAULT-VALUE}).")
    Path pairs;

    @Option(names = {"-v", "--verbose"}, description = "Print the verdict on every pair, not only the wrong ones.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isDirectory(pairs.resolve("pairs"))) {
            throw new UserFacingException("The story pair set " + pairs.toAbsolutePath()
                    + " has no pairs/ directory; pass --pairs DIR (run from the repository root for the default)");
        }
        List<StoryPair> set;
        try {
            set = StoryPairSet.load(pairs);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("The story pair set " + pairs + " cannot be read: " + e.getMessage(), e);
        }
        StoryPolicy policy = StoryPolicy.from(config.settings(Map.of()));
        StoryPairEvaluation evaluation = StoryPairEvaluation.evaluate(set, new StoryFingerprinter(policy), new SameStoryRule(policy));
        System.out.printf(Locale.ROOT, "story pairs: %s (%d pairs, %d labelled same)%n", pairs, set.size(),
                set.stream().filter(StoryPair::same).count());
        System.out.printf(Locale.ROOT, "policy: min shingles %d, min Jaccard %.2f, min containment %.2f, min changed text %.2f;"
                        + " %d hashes in %d bands%n%n", policy.minShingles(), policy.minJaccard(), policy.minContainment(),
                policy.minChangedText(), policy.hashes(), policy.bands());
        if (verbose) {
            for (StoryPairEvaluation.Judged judged : evaluation.judged()) {
                System.out.printf(Locale.ROOT, "%-44s %-9s judged %-9s %-15s J %.2f C %.2f%n", judged.pair().id(),
                        judged.pair().same() ? "same" : "different", judged.verdict().same() ? "same" : "different",
                        judged.verdict().reason(), judged.verdict().jaccard(), judged.verdict().containment());
            }
            System.out.println();
        }
        System.out.print(evaluation.table());
        Score overall = evaluation.overall();
        System.out.printf(Locale.ROOT, "%ngoal (recall >= %.2f at precision >= %.2f): %s, %s%n",
                StoryPairEvaluation.GOAL_RECALL, StoryPairEvaluation.GOAL_PRECISION,
                evaluation.meetsGoal() ? "met" : "NOT met", overall);
        return 0;
    }
}
