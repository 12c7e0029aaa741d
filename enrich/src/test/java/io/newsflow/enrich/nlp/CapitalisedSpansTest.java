package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.Word;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedSpansTest {

    private static List<Word> words(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(Word::new).toList();
    }

    @Test
    void aSentenceWithoutCapitalsNeedsNoLabelling() {
        assertThat(CapitalisedSpans.of(words("prices rose again on friday , traders said ."))).isEmpty();
    }

    @Test
    void eachCapitalisedWordKeepsTheModelsWindowOnBothSides() {
        // 0:Putin, 1..17 lowercase, 18:Kyiv, 19..21 lowercase (22 tokens)
        List<Word> tokens = words("Putin said on tuesday that the talks had gone well and that more would follow within weeks in Kyiv , officials said");
        assertThat(CapitalisedSpans.of(tokens)).containsExactly(
                new CapitalisedSpans.Span(0, 5),
                new CapitalisedSpans.Span(14, 22));
    }

    @Test
    void nearbyCapitalsShareOneSpan() {
        List<Word> tokens = words("the envoy met Jared Kushner and then Steve Witkoff in the capital late on monday night after dinner");
        assertThat(CapitalisedSpans.of(tokens)).containsExactly(new CapitalisedSpans.Span(0, 13));
    }

    @Test
    void spansTouchingEndToEndAreMerged() {
        // A at 0 covers [0,5); B at 9 covers [5,14): they touch and become one span.
        List<Word> tokens = words("A b c d e f g h i B k l m n o p");
        assertThat(CapitalisedSpans.of(tokens)).containsExactly(new CapitalisedSpans.Span(0, 14));
    }
}
