package io.newsflow.enrich.story.eval;

import io.newsflow.enrich.quality.Score;
import io.newsflow.enrich.story.SameStory;
import io.newsflow.enrich.story.SameStoryRule;
import io.newsflow.enrich.story.StoryFingerprint;
import io.newsflow.enrich.story.StoryFingerprinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Judges every pair of the set with the fingerprinter and the rule, and scores "same story" against the
 * labels: a pair judged the same that is labelled different is a false positive (a copy that hides news),
 * one labelled the same and judged different a false negative (an alert sent twice).
 */
public final class StoryPairEvaluation {
    /** The precision and recall the thresholds must reach on the whole set. */
    public static final double GOAL_PRECISION = 0.99;
    public static final double GOAL_RECALL = 0.95;

    /** A pair and the rule's verdict on it. */
    public record Judged(StoryPair pair, SameStory verdict) {
        public boolean right() {
            return pair.same() == verdict.same();
        }
    }

    private final List<Judged> judged;

    private StoryPairEvaluation(List<Judged> judged) {
        this.judged = judged;
    }

    public static StoryPairEvaluation evaluate(List<StoryPair> pairs, StoryFingerprinter fingerprinter, SameStoryRule rule) {
        List<Judged> judged = new ArrayList<>();
        for (StoryPair pair : pairs) {
            StoryFingerprint first = fingerprinter.of(pair.first().title(), pair.first().body());
            StoryFingerprint second = fingerprinter.of(pair.second().title(), pair.second().body());
            judged.add(new Judged(pair, rule.judge(first, second)));
        }
        return new StoryPairEvaluation(judged);
    }

    public List<Judged> judged() {
        return judged;
    }

    public Score overall() {
        return score(j -> true);
    }

    public Score score(Predicate<StoryPair> which) {
        return scoreOf(judged.stream().filter(j -> which.test(j.pair())).toList());
    }

    private static Score scoreOf(List<Judged> rows) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Judged j : rows) {
            if (j.verdict().same() && j.pair().same()) {
                tp++;
            } else if (j.verdict().same()) {
                fp++;
            } else if (j.pair().same()) {
                fn++;
            }
        }
        return new Score(tp, fp, fn);
    }

    public boolean meetsGoal() {
        Score overall = overall();
        return overall.precision() >= GOAL_PRECISION && overall.recall() >= GOAL_RECALL;
    }

    public List<Judged> errors() {
        return judged.stream().filter(j -> !j.right()).toList();
    }

    /** The report: one line per category, half and origin, then the whole set, then every wrong verdict. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-32s %6s %6s %6s %6s %4s %4s %4s%n", "pairs", "count", "same",
                "P", "R", "tp", "fp", "fn"));
        rows(out, "category ", j -> j.pair().category());
        rows(out, "half ", j -> j.pair().split());
        rows(out, "origin ", j -> j.pair().origin());
        row(out, "all", j -> true);
        List<Judged> errors = errors();
        if (!errors.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nwrong verdicts (%d):%n", errors.size()));
            for (Judged j : errors) {
                out.append(String.format(Locale.ROOT, "  %-44s labelled %-9s judged %-9s %-15s J %.2f C %.2f  (%s)%n",
                        j.pair().id(), label(j.pair().same()), label(j.verdict().same()), j.verdict().reason(),
                        j.verdict().jaccard(), j.verdict().containment(), j.pair().note()));
            }
        }
        return out.toString();
    }

    private void rows(StringBuilder out, String prefix, Function<Judged, String> key) {
        Set<String> keys = new TreeSet<>();
        judged.forEach(j -> keys.add(key.apply(j)));
        for (String value : keys) {
            row(out, prefix + value, j -> key.apply(j).equals(value));
        }
    }

    private void row(StringBuilder out, String name, Predicate<Judged> which) {
        List<Judged> rows = judged.stream().filter(which).toList();
        long same = rows.stream().filter(j -> j.pair().same()).count();
        Score score = scoreOf(rows);
        out.append(String.format(Locale.ROOT, "%-32s %6d %6d %6.3f %6.3f %4d %4d %4d%n", name, rows.size(), same,
                score.precision(), score.recall(), score.truePositives(), score.falsePositives(), score.falseNegatives()));
    }

    private static String label(boolean same) {
        return same ? "same" : "different";
    }
}
