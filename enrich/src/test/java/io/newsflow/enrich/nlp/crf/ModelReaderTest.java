package io.newsflow.enrich.nlp.crf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelReaderTest {
    private static SeqClassifierFlags fourClassFlags;

    @BeforeAll
    static void load() throws Exception {
        fourClassFlags = CRFClassifier.<CoreLabel>getClassifier(
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz").flags;
    }

    @Test
    void acceptsTheFlagsOfTheFourClassModel() {
        ModelReader.check(fourClassFlags);
    }

    @Test
    void refusesAModelWithFeaturesItDoesNotCompute() {
        SeqClassifierFlags flags = copy(fourClassFlags);
        flags.useWordPairs = true;
        flags.useNGrams = false;

        assertThatThrownBy(() -> ModelReader.check(flags))
                .hasMessageContaining("useWordPairs=true")
                .hasMessageContaining("useNGrams=false")
                .hasMessageContaining("enrich.nlp.ner.engine=corenlp");
    }

    @Test
    void refusesKnownLowerCaseWordsThatGrowWhileLabelling() {
        SeqClassifierFlags flags = copy(fourClassFlags);
        flags.maxAdditionalKnownLCWords = 10_000;

        assertThatThrownBy(() -> ModelReader.check(flags)).hasMessageContaining("maxAdditionalKnownLCWords=10000");
    }

    @Test
    void refusesAFileThatIsNoModel() {
        assertThatThrownBy(() -> ModelReader.read("gold/seed-article.txt"))
                .hasMessageContaining("Cannot read the CRF model gold/seed-article.txt");
    }

    /** A deep copy through serialisation, as the model stores its flags. */
    private static SeqClassifierFlags copy(SeqClassifierFlags flags) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(flags);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (SeqClassifierFlags) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cutsJointValuesEveryWayTheSeparatorAllows() {
        assertThat(ModelReader.splits("well...known...WT-Xx", "...", 2))
                .containsExactly(new String[] {"well", "known...WT-Xx"}, new String[] {"well...known", "WT-Xx"});
        assertThat(ModelReader.splits("a...b...c", "...", 3)).containsExactly(new String[] {"a", "b", "c"});
        assertThat(ModelReader.splits("....WT-x", "...", 2))
                .containsExactly(new String[] {"", ".WT-x"}, new String[] {".", "WT-x"});
        assertThat(ModelReader.splits("-WT-Xx", "-", 2)).extracting(parts -> List.of(parts))
                .containsExactly(List.of("", "WT-Xx"), List.of("-WT", "Xx"));
    }
}
