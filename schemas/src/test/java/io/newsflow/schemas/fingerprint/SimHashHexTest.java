package io.newsflow.schemas.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimHashHexTest {
    @Test
    void writesSixteenLowerCaseDigitsMostSignificantFirst() {
        assertThat(SimHashHex.of(0L)).isEqualTo("0000000000000000");
        assertThat(SimHashHex.of(0xABL)).isEqualTo("00000000000000ab");
        assertThat(SimHashHex.of(0x8000000000000001L)).isEqualTo("8000000000000001");
        assertThat(SimHashHex.of(-1L)).isEqualTo("ffffffffffffffff");
    }

    @Test
    void everyValueReadsBackToTheSameBits() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 10_000; i++) {
            long bits = random.nextLong();
            assertThat(SimHashHex.parse(SimHashHex.of(bits))).hasValue(bits);
        }
    }

    @Test
    void theDefaultAndForeignTextHoldNoHash() {
        assertThat(SimHashHex.parse(SimHashHex.UNKNOWN)).isEqualTo(OptionalLong.empty());
        assertThat(SimHashHex.parse(null)).isEmpty();
        assertThat(SimHashHex.parse("12345")).isEmpty();
        assertThat(SimHashHex.parse("-000000000000001")).isEmpty();
        assertThat(SimHashHex.parse("0x00000000000001")).isEmpty();
    }
}
