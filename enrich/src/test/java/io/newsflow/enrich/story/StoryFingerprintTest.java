package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StoryFingerprintTest {
    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(StoryPolicy.defaults());

    @Test
    void roundTripsThroughBytes() {
        StoryFingerprint fingerprint = fingerprinter.of("", StoryTexts.body("/gold/seed-article.txt"));
        assertThat(StoryFingerprint.fromBytes(fingerprint.toBytes())).isEqualTo(fingerprint);
        StoryFingerprint empty = fingerprinter.of("", "");
        assertThat(StoryFingerprint.fromBytes(empty.toBytes())).isEqualTo(empty);
    }

    @Test
    void aWireStoryOf140WordsTakesAbout320BytesAndNoneMoreThan489() throws IOException {
        assertThat(fingerprinter.of("", StoryTexts.body("/gold/01-eu-summit-migration.txt")).toBytes().length).isBetween(300, 340);
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            huge.append("In Place").append(i).append(" the count was ").append(i).append(". ");
        }
        assertThat(fingerprinter.of("", huge.toString()).toBytes()).hasSize(489);
    }

    @Test
    void readsTheFirstFormatAsAFingerprintWithoutFacts() {
        int[] minima = {5, 7, 11};
        ByteBuffer buffer = ByteBuffer.allocate(1 + 4 + 12).put((byte) 1).putInt(42);
        Arrays.stream(minima).forEach(buffer::putInt);
        StoryFingerprint read = StoryFingerprint.fromBytes(buffer.array());
        assertThat(read).isEqualTo(new StoryFingerprint(minima, 42));
        assertThat(read.names()).isEqualTo(FactSketch.EMPTY);
    }

    @Test
    void rejectsTruncatedOrForeignBytesWithAClearMessage() {
        byte[] bytes = fingerprinter.of("", StoryTexts.body("/gold/seed-article.txt")).toBytes();
        assertThatThrownBy(() -> StoryFingerprint.fromBytes(Arrays.copyOf(bytes, 40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> StoryFingerprint.fromBytes(new byte[] {9, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format 9");
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
        assertThatThrownBy(() -> StoryFingerprint.fromBytes(longer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many");
    }

    @Test
    void equalsComparesContentNotArrays() {
        assertThat(new StoryFingerprint(new int[] {1, 2}, 3)).isEqualTo(new StoryFingerprint(new int[] {1, 2}, 3))
                .hasSameHashCodeAs(new StoryFingerprint(new int[] {1, 2}, 3))
                .isNotEqualTo(new StoryFingerprint(new int[] {1, 2}, 4));
    }
}
