package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.fixture.Articles;
import io.newsflow.testkit.RandomInputs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimHashTest {
    private final SimHash simHash = new SimHash();

    private long bodyHash(String file) {
        String text = Articles.text(file);
        return simHash.of(text.substring(text.indexOf("\n\n") + 2));
    }

    @Test
    void syndicatedCopyWithBylineAndCreditLineStaysWithinTheDefaultDistance() {
        assertThat(SimHash.distance(bodyHash(Articles.PORT_STRIKE), bodyHash(Articles.PORT_STRIKE_COPY)))
                .isLessThanOrEqualTo(DedupPolicy.defaults().maxDistance());
    }

    @Test
    void unrelatedStoriesAreFarApart() {
        long strike = bodyHash(Articles.PORT_STRIKE);
        assertThat(SimHash.distance(strike, bodyHash(Articles.FLOOD))).isGreaterThan(12);
        assertThat(SimHash.distance(strike, bodyHash(Articles.PEACE_TALKS))).isGreaterThan(12);
    }

    @Test
    void ignoresCaseAndPunctuation() {
        String text = "The council voted on Tuesday to close the old bridge to heavy traffic until repairs are finished next spring.";
        assertThat(simHash.of(text.toUpperCase().replace(" ", " , "))).isEqualTo(simHash.of(text));
    }

    @Test
    void textTooShortToJudgeHasNoHash() {
        assertThat(simHash.of("Markets closed higher.")).isZero();
        assertThat(simHash.of("")).isZero();
        assertThat(simHash.of(null)).isZero();
    }

    /** Seeded samples from {@link RandomInputs}: a failure names the seed that replays it. */
    @Test
    void hashesWithinMaxDistanceShareABand() {
        RandomInputs.forSamples(0x5EED_0401L, 300, (sample, in) -> {
            long hash = in.anyLong();
            int maxDistance = in.intBetween(0, 6);
            List<Integer> flips = in.listOf(6, () -> in.intBetween(0, 63));
            long other = hash;
            Set<Integer> distinct = new HashSet<>(flips.subList(0, Math.min(maxDistance, flips.size())));
            for (int bit : distinct) {
                other ^= 1L << bit;
            }
            List<String> a = SimHash.bands(hash, maxDistance);
            List<String> b = SimHash.bands(other, maxDistance);
            assertThat(a).hasSize(maxDistance + 1);
            assertThat(a).containsAnyElementsOf(b);
        });
    }
}
