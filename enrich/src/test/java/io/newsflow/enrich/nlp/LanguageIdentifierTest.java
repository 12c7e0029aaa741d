package io.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = SharedEnricher.models().languages();

    @Test
    void detectsEnglishWithHighConfidence() {
        LanguageIdentifier.Detected detected = identifier.detect(
                "The central bank raised interest rates on Thursday, saying inflation remained too high.");
        assertThat(detected.language()).isEqualTo("en");
        assertThat(detected.confidence()).isGreaterThan(0.9);
    }

    @Test
    void detectsGermanAndFrench() {
        assertThat(identifier.detect("Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die Inflation beschlossen.")
                .language()).isEqualTo("de");
        assertThat(identifier.detect("Le gouvernement a annoncé mercredi de nouvelles mesures contre l'inflation.")
                .language()).isEqualTo("fr");
    }

    @Test
    void blankTextIsUndetermined() {
        assertThat(identifier.detect("  ")).isEqualTo(new LanguageIdentifier.Detected("und", 0.0));
    }
}
