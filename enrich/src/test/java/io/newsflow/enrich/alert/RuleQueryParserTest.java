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

    @Test
    void patternTermsOnProseSearchTheUnstemmedTwins() {
        assertThat(parser.parse("Negotiat*").toString()).isEqualTo("title.unstemmed:negotiat* body.unstemmed:negotiat*");
        assertThat(parser.parse("keyword:talk? body:ceasfire~1").toString())
                .isEqualTo("keyword.unstemmed:talk? body.unstemmed:ceasfire~1");
        assertThat(parser.parse("title:/truces?/").toString()).isEqualTo("title.unstemmed:/truces?/");
    }

    @Test
    void patternTermsOnNameFieldsAndPlainTermsStayWhereTheyWere() {
        assertThat(parser.parse("person:put* negotiations").toString())
                .isEqualTo("person:put* (title:negoti body:negoti)");
    }

    @Test
    void refusesTheUnstemmedTwinsByName() {
        assertThatThrownBy(() -> parser.parse("body.unstemmed:negotiat*"))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("unknown field 'body.unstemmed'");
    }
}
