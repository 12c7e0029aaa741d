package io.newsflow.enrich.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.nlp.StopWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
    private final KeyphraseExtractor extractor = new KeyphraseExtractor(StopWords.load());

    @Test
    void ranksRecurringMultiWordPhrasesFirstWithoutStopWords() {
        String text = "The central bank raised interest rates on Thursday. Analysts said the interest rates "
                + "decision was expected. The central bank said inflation remained high, and the interest rates "
                + "path would depend on wage growth.";
        List<KeyphraseExtractor.Keyphrase> phrases = extractor.extract(text, 5);
        assertThat(phrases).isNotEmpty();
        assertThat(phrases.get(0).score()).isEqualTo(1.0);
        assertThat(phrases).extracting(KeyphraseExtractor.Keyphrase::phrase)
                .contains("interest rates", "central bank")
                .allSatisfy(phrase -> assertThat(phrase.split(" ")).doesNotContain("the", "said", "on", "and"));
        assertThat(phrases.get(0).phrase()).isEqualTo("interest rates");
    }

    @Test
    void keepsAtMostTheRequestedNumber() {
        assertThat(extractor.extract("Heavy rain flooded roads. Heavy rain closed schools. Power lines fell.", 1)).hasSize(1);
    }

    @Test
    void emptyTextHasNoKeyphrases() {
        assertThat(extractor.extract("", 10)).isEmpty();
    }
}
