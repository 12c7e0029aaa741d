package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshBandsTest {
    private final StoryPolicy policy = StoryPolicy.defaults();
    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(policy);
    private final LshBands bands = new LshBands(policy);

    @Test
    void givesOneKeyPerBandAndTheLede() {
        long[] keys = bands.keys(fingerprinter.of("", StoryTexts.body("/gold/seed-article.txt")));
        assertThat(keys).hasSize(policy.bands() + 1);
        assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(keys.length);
    }

    @Test
    void aTruncatedCopySharesTheLedeKeyWhateverItsJaccard() {
        String body = StoryTexts.body("/gold/seed-article.txt");
        String firstParagraphs = body.substring(0, body.indexOf("\n\n", body.indexOf("\n\n") + 2));
        assertThat(shared(body, firstParagraphs)).contains(bands.keys(fingerprinter.of("", body))[policy.bands()]);
    }

    @Test
    void aRewriteSharesBandsAndUnrelatedStoriesShareNoKey() {
        String body = StoryTexts.body("/gold/01-eu-summit-migration.txt");
        String rewrite = body.replace("European Union leaders failed to agree", "EU leaders could not agree");
        assertThat(shared(body, rewrite)).isNotEmpty();
        assertThat(shared(body, StoryTexts.body("/gold/12-fed-rate-cut.txt"))).isEmpty();
    }

    @Test
    void aShortBodyHasOnlyItsExactKeyWhichOnlyAnIdenticalCopyShares() {
        String brief = "The M25 is closed clockwise between junctions 10 and 11 after a crash, National Highways said.";
        assertThat(bands.keys(fingerprinter.of("", brief))).hasSize(1);
        assertThat(shared(brief, "LONDON (Newsflow) - " + brief + "\n\n(Reporting by the travel desk)")).hasSize(1);
        assertThat(shared(brief, brief.replace("10 and 11", "11 and 12"))).isEmpty();
    }

    @Test
    void anEmptyBodyOrAFingerprintOfAnotherShapeHasNoKey() {
        assertThat(bands.keys(fingerprinter.of("", ""))).isEmpty();
        assertThat(bands.keys(new StoryFingerprint(new int[64], 100))).isEmpty();
    }

    /** The stated bound: a pair at Jaccard J shares a band with probability 1 - (1 - J^r)^b. */
    @Test
    void pairsShareABandAsOftenAsTheBoundSays() {
        Random random = new Random(11);
        int trials = 400;
        int found = 0;
        double expected = 0;
        int rows = policy.rowsPerBand();
        for (int t = 0; t < trials; t++) {
            String[] a = StoryTexts.randomWords(random, 150);
            String[] b = StoryTexts.mutate(random, a, 0.2); // Jaccard about 0.35
            double j = StoryTexts.jaccard(a, b);
            expected += 1 - Math.pow(1 - Math.pow(j, rows), policy.bands());
            long[] ka = Arrays.copyOf(bands.keys(fingerprinter.of("", String.join(" ", a))), policy.bands());
            long[] kb = Arrays.copyOf(bands.keys(fingerprinter.of("", String.join(" ", b))), policy.bands());
            if (Arrays.stream(ka).anyMatch(k -> Arrays.stream(kb).anyMatch(x -> x == k))) {
                found++;
            }
        }
        assertThat((double) found / trials).isCloseTo(expected / trials, org.assertj.core.data.Offset.offset(0.06));
    }

    private long[] shared(String first, String second) {
        long[] a = bands.keys(fingerprinter.of("", first));
        long[] b = bands.keys(fingerprinter.of("", second));
        return Arrays.stream(a).filter(k -> Arrays.stream(b).anyMatch(x -> x == k)).toArray();
    }
}
