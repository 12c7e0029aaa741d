package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomInputsTest {
    @Test
    void theSameSeedGivesTheSameInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        RandomInputs.forSamples(7L, 50, (i, in) -> first.add(in.mixedString(40, "xyz") + java.util.Arrays.toString(in.bytes(20))));
        RandomInputs.forSamples(7L, 50, (i, in) -> second.add(in.mixedString(40, "xyz") + java.util.Arrays.toString(in.bytes(20))));
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void generatedValuesStayWithinTheirBounds() {
        byte[] valid = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        RandomInputs.forSamples(11L, 2000, (i, in) -> {
            assertThat(in.bytes(30).length).isBetween(0, 30);
            assertThat(in.mixedString(25, "\uD83D\uDE00").length()).isBetween(0, 25);
            assertThat(in.string(1, 20, "ab\uD83D\uDE00").length()).isBetween(1, 20);
            assertThat(in.intBetween(-3, 3)).isBetween(-3, 3);
            assertThat(in.listOf(6, () -> in.intBetween(0, 63))).hasSizeLessThanOrEqualTo(6);
            assertThat(in.pick(List.of("a", "b"))).isIn("a", "b");
            byte[] changed = in.overwrite(valid, 5, 8);
            assertThat(changed).hasSameSizeAs(valid).startsWith("01234".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(in.cut(valid, 5).length).isBetween(5, 10);
            assertThat(in.insert(valid, 10).length).isBetween(10, 20);
            assertThat(in.insert("abc", "<>", 10)).hasSizeBetween(3, 13);
            assertThat(in.cut("abc")).hasSizeBetween(0, 3);
        });
    }

    @Test
    void mixedStringsReachEveryKindOfCharacter() {
        StringBuilder all = new StringBuilder();
        RandomInputs.forSamples(3L, 200, (i, in) -> all.append(in.mixedString(50, "\u00A7")));
        String text = all.toString();
        assertThat(text.chars().anyMatch(c -> c < 0x20)).as("control").isTrue();
        assertThat(text).contains("<").contains("\u00A7");
        assertThat(text.codePoints().anyMatch(Character::isSupplementaryCodePoint)).as("non-BMP").isTrue();
    }

    @Test
    void aFailingSampleNamesItsSeedAndIndex() {
        long seed = RandomInputs.effectiveSeed(42L); // 42 unless -Dnewsflow.fuzz.seed overrides it
        assertThatThrownBy(() -> RandomInputs.forSamples(42L, 10, (i, in) -> assertThat(i).isLessThan(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Sample 3 of 10 failed with seed " + seed + " (replay with -Dnewsflow.fuzz.seed=" + seed + ")")
                .hasCauseInstanceOf(AssertionError.class);
    }
}
