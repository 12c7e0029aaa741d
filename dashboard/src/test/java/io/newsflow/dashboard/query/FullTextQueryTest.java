package io.newsflow.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {
    @Test
    void wordsAreAllRequiredAndQuoted() {
        assertThat(FullTextQuery.toFts5("nuclear reactor")).isEqualTo("(\"nuclear\") AND (\"reactor\")");
    }

    @Test
    void quotedTextIsAPhrase() {
        assertThat(FullTextQuery.toFts5("\"air defence\" Kyiv")).isEqualTo("(\"air defence\") AND (\"Kyiv\")");
    }

    @Test
    void orJoinsTheTermsAroundIt() {
        assertThat(FullTextQuery.toFts5("floods OR storm rain")).isEqualTo("(\"floods\" OR \"storm\") AND (\"rain\")");
    }

    @Test
    void minusExcludesAWord() {
        assertThat(FullTextQuery.toFts5("Kyiv -Kremlin")).isEqualTo("(\"Kyiv\") NOT \"Kremlin\"");
    }

    @Test
    void syntaxCharactersNeverReachFts5() {
        assertThat(FullTextQuery.toFts5("\"C++ (beta")).isEqualTo("(\"C beta\")");
        assertThat(FullTextQuery.toFts5("title:x* NEAR(a b)")).isEqualTo("(\"title x\") AND (\"NEAR a\") AND (\"b\")");
        assertThat(FullTextQuery.toFts5("'); DROP TABLE articles;--")).isEqualTo("(\"DROP\") AND (\"TABLE\") AND (\"articles\")");
    }

    @Test
    void textWithoutWordsSearchesNothing() {
        assertThat(FullTextQuery.toFts5("-- () \"\" *")).isNull();
        assertThat(FullTextQuery.toFts5("-onlyExcluded")).isNull();
        assertThat(FullTextQuery.toFts5("OR")).isNull();
    }
}
