package io.newsflow.enrich.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleQueryParserTest {
    private final RuleQueryParser parser = new RuleQueryParser(RuleAnalyzer.create());

    @Test
    void unqualifiedTermsSearchTitleAndBodyStemmed() {
        assertThat(parser.parse("\"peace plans\"").toString()).isEqualTo("title:\"peac plan\" body:\"peac plan\"");
    }

    @Test
    void refusesBrokenSyntaxWithParserMessageAndColumn() {
        assertThatThrownBy(() -> parser.parse("peace AND"))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("Invalid query: Cannot parse 'peace AND'")
                .hasMessageContaining("column")
                .satisfies(e -> assertThat(((InvalidRuleException) e).column()).isPositive());
    }

    @Test
    void refusesUnterminatedPhrase() {
        assertThatThrownBy(() -> parser.parse("\"peace plan"))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("Cannot parse");
    }

    @Test
    void refusesUnknownField() {
        assertThatThrownBy(() -> parser.parse("titel:peace"))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("unknown field 'titel'");
    }

    @Test
    void refusesQueryOfStopWordsOnly() {
        assertThatThrownBy(() -> parser.parse("the"))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("could never match");
    }

    @Test
    void refusesLeadingWildcard() {
        assertThatThrownBy(() -> parser.parse("*plan")).isInstanceOf(InvalidRuleException.class);
    }
}
