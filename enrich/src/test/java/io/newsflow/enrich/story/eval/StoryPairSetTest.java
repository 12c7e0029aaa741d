package io.newsflow.enrich.story.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryPairSetTest {
    @TempDir
    Path set;

    @BeforeEach
    void writeAnArticle() throws IOException {
        Files.createDirectories(set.resolve("pairs"));
        Files.createDirectories(set.resolve("texts"));
        Files.writeString(set.resolve("texts/port.txt"), "Dockworkers strike\n\nFirst paragraph here. It has two sentences.\n\n"
                + "Second paragraph.\n\nThird paragraph.\n");
    }

    @Test
    void appliesAPartnersEditsInOrder() throws IOException {
        pairs("""
                - id: edited
                  category: rewrite
                  label: same
                  split: calibration
                  first: texts/port.txt
                  second:
                    from: texts/port.txt
                    title: New headline
                    edits:
                      - replace: 2
                        text: Reworded second.
                      - drop: -1
                      - insert: 2
                        text: Inserted.
                      - append: "(Reporting by the desk)"
                      - dateline: "ROTTERDAM (Wire) - "
                      - substitute: "two sentences"
                        with: "2 sentences"
                """);
        StoryPair pair = StoryPairSet.load(set).get(0);
        assertThat(pair.first().title()).isEqualTo("Dockworkers strike");
        assertThat(pair.second().title()).isEqualTo("New headline");
        assertThat(pair.second().body()).isEqualTo("ROTTERDAM (Wire) - First paragraph here. It has 2 sentences.\n\n"
                + "Inserted.\n\nReworded second.\n\n(Reporting by the desk)");
        assertThat(pair.same()).isTrue();
        assertThat(pair.origin()).isEqualTo("newsflow");
    }

    @Test
    void truncatesAtTheFirstSentenceEndPastTheShare() throws IOException {
        pairs("""
                - {id: cut, category: truncation, label: same, split: held-out, first: texts/port.txt,
                   second: {from: texts/port.txt, edits: [{truncate: 0.2}]}}
                """);
        assertThat(StoryPairSet.load(set).get(0).second().body()).isEqualTo("First paragraph here.");
    }

    @Test
    void readsInlineTextsAndTellsWikiGoldFromOurs() throws IOException {
        Files.createDirectories(set.resolve("wikigold"));
        Files.writeString(set.resolve("wikigold/001-x.txt"), "X\n\nX is a village.\n");
        pairs("""
                - {id: inline, category: short, label: different, split: held-out,
                   first: {title: A, body: "Apple shares rise 2%."}, second: wikigold/001-x.txt}
                """);
        StoryPair pair = StoryPairSet.load(set).get(0);
        assertThat(pair.first().body()).isEqualTo("Apple shares rise 2%.");
        assertThat(pair.origin()).isEqualTo("wikigold");
        assertThat(pair.same()).isFalse();
    }

    @Test
    void namesTheFileAndPairOfAWrongRecord() throws IOException {
        for (String wrong : List.of(
                "{id: p, category: c, label: maybe, split: calibration, first: texts/port.txt, second: texts/port.txt}",
                "{id: p, category: c, label: same, split: calibration, first: texts/missing.txt, second: texts/port.txt}",
                "{id: p, category: c, label: same, split: calibration, first: texts/port.txt, second: {from: texts/port.txt, edits: [{drop: 7}]}}",
                "{id: p, category: c, label: same, split: calibration, first: texts/port.txt, second: {from: texts/port.txt, edits: [{substitute: absent, with: x}]}}",
                "{id: p, category: c, label: same, split: calibration, first: texts/port.txt, second: {from: texts/port.txt, edits: [{shuffle: 1}]}}",
                "{id: p, category: c, label: same, split: calibration, first: texts/port.txt}")) {
            pairs("- " + wrong + "\n");
            assertThatThrownBy(() -> StoryPairSet.load(set)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pairs.yaml, pair 'p'");
        }
    }

    @Test
    void rejectsAnIdUsedTwiceAndASetWithoutPairs() throws IOException {
        pairs("""
                - {id: twice, category: c, label: same, split: calibration, first: texts/port.txt, second: texts/port.txt}
                - {id: twice, category: c, label: same, split: calibration, first: texts/port.txt, second: texts/port.txt}
                """);
        assertThatThrownBy(() -> StoryPairSet.load(set)).hasMessageContaining("twice");
        assertThatThrownBy(() -> StoryPairSet.load(set.resolve("texts"))).hasMessageContaining("no pairs/ directory");
    }

    private void pairs(String yaml) throws IOException {
        Files.writeString(set.resolve("pairs/pairs.yaml"), yaml);
    }
}
