package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityMentionTest {
    /** tokenCount counts without splitting, and must count as the split it replaced did, edge cases included. */
    @ParameterizedTest
    @ValueSource(strings = {"Kyiv", "Volodymyr Zelensky", "New  York\tCity", " leading space", "trailing ",
            "", "   ", "a\u00A0b", "line\nbreak", "x\u000By", "Jean-Luc   Picard \r\n"})
    void countsWordsAsSplittingOnWhitespaceDoes(String text) {
        EntityMention mention = new EntityMention(text, 0, text.length(), EntityType.PERSON, 0, false, false, false);
        assertThat(mention.tokenCount()).isEqualTo(text.split("\\s+").length);
    }
}
