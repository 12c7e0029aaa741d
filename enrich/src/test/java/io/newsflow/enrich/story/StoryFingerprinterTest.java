package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StoryFingerprinterTest {
    private final StoryPolicy policy = StoryPolicy.defaults();
    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(policy);
    private final SameStoryRule rule = new SameStoryRule(policy);

    @Test
    void sameBodyGivesTheSameFingerprintWhateverTheTitle() {
        String body = StoryTexts.body("/gold/seed-article.txt");
        assertThat(fingerprinter.of("US negotiators meet Putin", body)).isEqualTo(fingerprinter.of("Another headline", body));
        assertThat(new StoryFingerprinter(policy).of(null, body)).isEqualTo(fingerprinter.of(null, body));
    }

    @Test
    void wireDatelineCreditAndBylineLeaveTheFingerprintUnchanged() {
        String body = StoryTexts.body("/gold/10-steel-merger.txt");
        String wire = "By Kentaro Sugiyama\n\nTOKYO/PITTSBURGH, Dec 3 (Reuters) - " + body
                + "\n\n(Reporting by Kentaro Sugiyama in Tokyo; Editing by Sonali Paul)";
        assertThat(fingerprinter.of("", wire)).isEqualTo(fingerprinter.of("", body));
    }

    @Test
    void countsDistinctShinglesNamesAndNumbers() {
        StoryFingerprint fingerprint = fingerprinter.of("", "Putin met Kushner in Moscow on Tuesday, and Putin met "
                + "Kushner again on Wednesday with 2 aides and 14 officials.");
        assertThat(fingerprint.shingles()).isEqualTo(17); // 18 runs of three words, "putin met kushner" twice
        assertThat(fingerprint.names().distinct()).isEqualTo(5); // Kushner, Moscow, Tuesday, Putin (not where it opens the sentence), Wednesday
        assertThat(fingerprint.numbers().distinct()).isEqualTo(2);
        assertThat(fingerprint.minHashes()).hasSize(policy.hashes());
        assertThat(java.util.Arrays.stream(fingerprint.minHashes()).allMatch(v -> v >= 0 && v <= 0xFFFF)).isTrue();
    }

    @Test
    void emptyOrWordlessBodyHasAnEmptyFingerprint() {
        assertThat(fingerprinter.of("Title", null).isEmpty()).isTrue();
        assertThat(fingerprinter.of("Title", "  -- ! ").isEmpty()).isTrue();
        assertThat(fingerprinter.of("Title", "Two words").isEmpty()).isTrue();
    }

    @Test
    void keepsTheSmallestFactsOfALongBody() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            body.append("the figure was ").append(i).append(" in Place").append(Integer.toString(i, 36)).append(". ");
        }
        StoryFingerprint fingerprint = fingerprinter.of("", body.toString());
        // 16-bit hashes: 300 numbers collide about once (300^2 / 2^17), which a count can afford
        assertThat(fingerprint.numbers().distinct()).isBetween(296, 300);
        assertThat(fingerprint.numbers().smallest()).hasSize(policy.maxNumbers()).isSorted();
        assertThat(fingerprint.names().smallest()).hasSize(policy.maxNames()).isSorted();
    }

    /**
     * The multiply-add hash functions are as good as independent ones: over many random pairs the estimate
     * is unbiased and its variance is the binomial J(1-J)/hashes.
     */
    @Test
    void jaccardEstimateHasTheBinomialStandardError() {
        Random random = new Random(7);
        for (double change : new double[] {0.05, 0.15, 0.3}) {
            double bias = 0;
            double squaredZ = 0;
            int trials = 600;
            for (int t = 0; t < trials; t++) {
                String[] a = StoryTexts.randomWords(random, 150);
                String[] b = StoryTexts.mutate(random, a, change);
                double exact = StoryTexts.jaccard(a, b);
                double estimate = rule.judge(fingerprinter.of("", String.join(" ", a)), fingerprinter.of("", String.join(" ", b))).jaccard();
                double se = Math.sqrt(exact * (1 - exact) / policy.hashes());
                bias += estimate - exact;
                squaredZ += (estimate - exact) * (estimate - exact) / (se * se);
            }
            assertThat(Math.abs(bias / trials)).as("bias at change %s", change).isLessThan(0.01);
            assertThat(squaredZ / trials).as("variance ratio at change %s", change).isBetween(0.8, 1.25);
        }
    }

    @Test
    void givesTheSameFingerprintsFromManyThreads() throws Exception {
        List<String> bodies = List.of(StoryTexts.body("/gold/seed-article.txt"), StoryTexts.body("/gold/01-eu-summit-migration.txt"),
                StoryTexts.body("/gold/22-turkey-earthquake.txt"));
        List<StoryFingerprint> expected = bodies.stream().map(b -> fingerprinter.of("", b)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < bodies.size(); i++) {
                            if (!fingerprinter.of("", bodies.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
