package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHasherTest {
    private static final String WIRE = "A magnitude 6.1 earthquake struck eastern Turkey early on Saturday, killing at least "
            + "14 people and injuring more than 200, the disaster agency said. The quake was centred near the town of "
            + "Yesilyurt in Malatya province, a region still rebuilding after the earthquakes of 2023. Rescue teams "
            + "were searching for people trapped under the rubble of two apartment blocks, the minister said.";
    private final SimHasher hasher = new SimHasher();

    @Test
    void identicalTextsHashAlike() {
        assertThat(hasher.hash(WIRE)).isEqualTo(hasher.hash(WIRE));
    }

    @Test
    void syndicatedCopyWithSmallEditsIsNear() {
        String copy = WIRE.replace("early on Saturday", "on Saturday morning").replace("the minister said", "officials said");
        assertThat(SimHasher.distance(hasher.hash(WIRE), hasher.hash(copy))).isLessThanOrEqualTo(10);
    }

    @Test
    void unrelatedStoryIsFar() {
        String other = "Apple reported higher-than-expected quarterly revenue on Thursday, helped by a rebound in "
                + "iPhone sales in China, and forecast record results for the holiday season. Services revenue, "
                + "which includes the App Store, reached a record as shares rose in after-hours trading.";
        assertThat(SimHasher.distance(hasher.hash(WIRE), hasher.hash(other))).isGreaterThan(16);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(hasher.hash("Storm hits the coast, officials say.")).isEqualTo(hasher.hash("storm HITS the coast officials say"));
    }
}
