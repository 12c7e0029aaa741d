package io.newsflow.enrich.nlp.crf;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.process.WordShapeClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordShapeTest {
    private static final Set<String> KNOWN = Set.of("may", "bush", "apple", "us");

    @Test
    void collapsesRunsOfDigitsCapitalsAndLowerCaseLetters() {
        assertThat(WordShape.of("Putin", KNOWN)).isEqualTo("WT-Xx");
        assertThat(WordShape.of("US", KNOWN)).isEqualTo("WT-X:2k");
        assertThat(WordShape.of("May", KNOWN)).isEqualTo("WT-Xx:3k");
        assertThat(WordShape.of("COVID-19", KNOWN)).isEqualTo("WT-X-d");
        assertThat(WordShape.of("snake_case", KNOWN)).isEqualTo("WT-x");
        assertThat(WordShape.of("", KNOWN)).isEqualTo("WT-:0");
    }

    @Test
    void leavesSurrogatesAndTitleCaseLettersAsTheyAre() {
        // 𝔸 is a letter outside the Basic Multilingual Plane: two surrogate chars, neither a letter for char methods.
        assertThat(WordShape.of("𝔸bc", KNOWN)).isEqualTo("WT-\uD835\uDD38x");
        assertThat(WordShape.of("ǅemal", KNOWN)).isEqualTo("WT-ǅx");
    }

    @Test
    void shapesEveryWordAsCoreNlpDoes() throws IOException {
        Set<String> known = ModelReader.read("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz")
                .knownLowerCaseWords();
        Set<String> words = new LinkedHashSet<>(List.of("Putin", "US", "May", "IBM", "iPhone", "McDonald's", "O'Neill",
                "İstanbul", "ǈubljana", "Ǆ", "ǆ", "𝔸𝔹ℂ", "😀", "٣٤٥", "१२३", "Straße", "ﬁnance", "ＡＢＣ", "un\u00adexpected",
                "3.14", "-LRB-", "...", "", "a", "Apple", "APPLE", "apple", "Bush", "x_y", "Mrs.", "U.S.", "e-mail"));
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/test/resources/gold")),
                Files.list(Path.of("src/test/resources/ner-engines")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                words.addAll(List.of(Files.readString(file).split("[\\s\\p{Z}]+")));
            }
        }
        assertThat(words).hasSizeGreaterThan(2_500);
        for (String word : words) {
            assertThat(WordShape.of(word, known)).as(word)
                    .isEqualTo(WordShapeClassifier.wordShape(word, WordShapeClassifier.WORDSHAPEDAN2USELC, known));
        }
    }
}
