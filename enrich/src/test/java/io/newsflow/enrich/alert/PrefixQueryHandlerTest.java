package io.newsflow.enrich.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The presearcher of {@link AlertMatcher} with prefix rules: they run only where a word starts like them. */
class PrefixQueryHandlerTest {
    private final Analyzer analyzer = RuleAnalyzer.create();
    private final RuleQueryParser parser = new RuleQueryParser(analyzer);
    private final Monitor monitor;

    PrefixQueryHandlerTest() throws IOException {
        monitor = new Monitor(analyzer, AlertMatcher.presearcher());
    }

    @AfterEach
    void close() throws IOException {
        monitor.close();
    }

    private void register(String id, String query) throws IOException {
        monitor.register(new MonitorQuery(id, parser.parse(query), query, Map.of()));
    }

    private MatchingQueries<QueryMatch> match(String title, String body) throws IOException {
        ArticleDocument document = ArticleDocument.of(TestArticles.article("a", title, body), true);
        return monitor.match(document.toLuceneDocument(), QueryMatch.SIMPLE_MATCHER);
    }

    @Test
    void prefixRuleDoesNotRunOnArticlesWithoutAWordOfThatPrefix() throws IOException {
        register("negotiat", "negotiat*");
        register("geneva", "geneva");
        MatchingQueries<QueryMatch> none = match("Talks in Geneva", "Envoys met again.");
        assertThat(none.getMatches()).extracting(QueryMatch::getQueryId).containsExactly("geneva");
        assertThat(none.getQueriesRun()).isEqualTo(1);

        MatchingQueries<QueryMatch> some = match("Talks in Geneva", "Negotiations resumed.");
        assertThat(some.getMatches()).extracting(QueryMatch::getQueryId).containsExactlyInAnyOrder("geneva", "negotiat");
        assertThat(some.getQueriesRun()).isEqualTo(2);
    }

    @Test
    void prefixesShorterAndLongerThanTheIndexedLengthStillMatchExactlyAsTheQuerySays() throws IOException {
        register("short", "ne*");
        register("long", "negotiations*");
        assertThat(match("Negotiators", "x").getMatches()).extracting(QueryMatch::getQueryId).containsExactly("short");
        assertThat(match("Negotiations", "x").getMatches()).extracting(QueryMatch::getQueryId)
                .containsExactlyInAnyOrder("short", "long");
        // Same first five letters, other word: the presearcher lets the rule run, the query says no.
        MatchingQueries<QueryMatch> negotiable = match("Negotiable", "x");
        assertThat(negotiable.getMatches()).extracting(QueryMatch::getQueryId).containsExactly("short");
        assertThat(negotiable.getQueriesRun()).isEqualTo(2);
    }

    @Test
    void prefixOnANameFieldIsIndexedToo() throws IOException {
        register("putin", "person:put* AND ceasefire");
        var withName = TestArticles.article("a", "Ceasefire", "Putin spoke.", TestArticles.person("p", "Vladimir Putin", "Putin"));
        var without = TestArticles.article("b", "Ceasefire", "Nobody spoke.", TestArticles.person("p", "Boris Johnson", "Johnson"));
        assertThat(monitor.match(ArticleDocument.of(withName, true).toLuceneDocument(), QueryMatch.SIMPLE_MATCHER).getMatchCount()).isEqualTo(1);
        MatchingQueries<QueryMatch> other = monitor.match(ArticleDocument.of(without, true).toLuceneDocument(), QueryMatch.SIMPLE_MATCHER);
        assertThat(other.getMatchCount()).isZero();
    }

    @Test
    void manyPrefixRulesOnlyTheRelevantRun() throws IOException {
        List<String> prefixes = List.of("alpha*", "bravo*", "charl*", "delta*", "echo*", "foxtr*");
        for (String p : prefixes) {
            register(p, p);
        }
        MatchingQueries<QueryMatch> result = match("Delta flights", "The echo of it.");
        assertThat(result.getMatches()).extracting(QueryMatch::getQueryId).containsExactlyInAnyOrder("delta*", "echo*");
        assertThat(result.getQueriesRun()).isEqualTo(2);
    }
}
