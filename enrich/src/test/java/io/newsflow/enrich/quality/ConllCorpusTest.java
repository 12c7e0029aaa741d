package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.EntityType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {
    private final List<ConllDocument> documents = ConllCorpus.load(resource("/conll/two-documents.conll"), "t");

    @Test
    void documentsAreSplitAtDocstartAndNamedByTheirFirstWords() {
        assertThat(documents).extracting(ConllDocument::name)
                .containsExactly("t-001 Peter Blackburn visited the \" Los", "t-002 The Beatles 's songs , Yesterday");
    }

    @Test
    void tokensAreJoinedAsTheyWouldBeWritten() {
        assertThat(documents.get(0).text()).isEqualTo("Peter Blackburn visited the \"Los Angeles\" (California).");
        assertThat(documents.get(1).text()).isEqualTo("The Beatles's songs, Yesterday and Help Help.");
    }

    @Test
    void goldMentionsAreTheCharacterSpansOfTheirTokens() {
        ConllDocument first = documents.get(0);
        assertThat(first.mentions()).extracting(m -> first.text().substring(m.start(), m.end()) + "/" + m.type())
                .containsExactly("Peter Blackburn/PERSON", "Los Angeles/LOCATION", "California/LOCATION");
    }

    @Test
    void aBeginTagStartsANewMentionOfTheSameType() {
        ConllDocument second = documents.get(1);
        assertThat(second.mentions()).extracting(m -> second.text().substring(m.start(), m.end()))
                .containsExactly("The Beatles", "Yesterday", "Help", "Help");
        assertThat(second.mentions().get(0).type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void sentencesAreLines() {
        List<ConllDocument> parsed = ConllCorpus.parse(List.of("One O", ". O", "", "Two O", ". O"), "t", "test");
        assertThat(parsed.get(0).text()).isEqualTo("One.\nTwo.");
    }

    @Test
    void rejectsAnUnknownClassNamingTheLine() {
        assertThatThrownBy(() -> ConllCorpus.parse(List.of("Paris I-GPE"), "t", "file.conll"))
                .hasMessage("file.conll line 1 has an unknown class GPE");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ConllCorpusTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
