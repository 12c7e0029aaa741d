package io.newsflow.enrich.alert;

import static io.newsflow.enrich.alert.TestArticles.article;
import static io.newsflow.enrich.alert.TestArticles.location;
import static io.newsflow.enrich.alert.TestArticles.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertMatcherTest {
    private final AlertMatcher matcher = new AlertMatcher(3);

    @AfterEach
    void close() {
        matcher.close();
    }

    private void rule(String name, String query) {
        rule(RuleDefinition.of(name, query));
    }

    private void rule(RuleDefinition definition) {
        AlertRule rule = definition.toAlertRule(1, Instant.EPOCH);
        matcher.apply(rule.getId(), rule);
    }

    private List<String> matchedRules(EnrichedArticle article) {
        return matcher.match(article).stream().map(m -> m.rule().getName()).toList();
    }

    @Test
    void seedArticleAlertsOnPeacePlanButNotOnGaza() {
        rule("Peace plan", "\"peace plan\"");
        rule("Gaza", "Gaza");
        List<RuleMatch> matches = matcher.match(TestArticles.seedArticle());
        assertThat(matches).extracting(m -> m.rule().getName()).containsExactly("Peace plan");
        assertThat(matches.get(0).snippets()).contains(
                "Ukrainian President Volodymyr Zelensky emphasised that any [[peace plan]] must end the war,"
                        + " not simply pause Moscow’s offensive that began in 2022.");
    }

    @Test
    void phraseMatchesOtherInflectionsThroughStemming() {
        rule("Peace plan", "\"peace plan\"");
        EnrichedArticle plural = article("a1", "Envoys weigh rival peace plans", "Talks resume on Monday.");
        EnrichedArticle apart = article("a2", "Peace talks stall", "The plan was rejected.");
        assertThat(matchedRules(plural)).containsExactly("Peace plan");
        assertThat(matcher.match(plural).get(0).snippets()).containsExactly("Envoys weigh rival [[peace plans]]");
        assertThat(matchedRules(apart)).isEmpty();
    }

    @Test
    void proximityAllowsWordsBetween() {
        rule("Near", "\"peace plan\"~3");
        rule("Exact", "\"peace plan\"");
        EnrichedArticle article = article("a1", "A peace framework and plan", "Nothing else.");
        assertThat(matchedRules(article)).containsExactly("Near");
    }

    @Test
    void booleanOperatorsCombineFields() {
        rule("Both", "\"peace plan\" AND Pokrovsk");
        rule("Not sport", "Pokrovsk -football");
        rule("Either", "(ceasefire OR truce) AND title:Pokrovsk");
        EnrichedArticle article = article("a1", "Fighting near Pokrovsk",
                "A truce was proposed as part of the peace plans discussed by negotiators.");
        assertThat(matchedRules(article)).containsExactlyInAnyOrder("Both", "Not sport", "Either");
        EnrichedArticle sport = article("a2", "Pokrovsk football club wins", "The football season goes on.");
        assertThat(matchedRules(sport)).isEmpty();
    }

    @Test
    void wildcardMatchesPrefixes() {
        rule("Negotiations", "negoti*");
        assertThat(matchedRules(article("a1", "Negotiators arrive", "Nothing."))).containsExactly("Negotiations");
    }

    @Test
    void wildcardMatchesWholeWordsAsWrittenNotTheirStems() {
        // Porter stems "negotiations" to "negoti": against stems, negotiat* would never match it.
        rule("Negotiat", "negotiat*");
        rule("Title only", "title:negotiat*");
        List<RuleMatch> matches = matcher.match(article("a1", "Talks resume", "Negotiations resumed in Geneva."));
        assertThat(matches).extracting(m -> m.rule().getName()).containsExactly("Negotiat");
        assertThat(matches.get(0).snippets()).containsExactly("[[Negotiations]] resumed in Geneva.");
        assertThat(matchedRules(article("a2", "Negotiating in Geneva", "Nothing."))).containsExactlyInAnyOrder("Negotiat", "Title only");
    }

    @Test
    void fuzzyAndRegexpTermsCompareWholeWords() {
        rule("Typo", "negotiatons~1");
        rule("Pattern", "/ceasefire[sd]?/");
        rule("Single letter", "ceasefire?");
        assertThat(matchedRules(article("a1", "Ceasefires collapse", "Negotiations failed.")))
                .containsExactlyInAnyOrder("Typo", "Pattern", "Single letter");
    }

    @Test
    void stemmedTermsAndPatternsCombineInOneRule() {
        rule("Both", "\"peace plan\" AND negotiat*");
        assertThat(matchedRules(article("a1", "Peace plans discussed", "Negotiators met."))).containsExactly("Both");
        assertThat(matchedRules(article("a2", "Peace plans discussed", "Envoys met."))).isEmpty();
    }

    @Test
    void patternRuleRemovedLeavesMatchingAsBefore() {
        rule("Negotiat", "negotiat*");
        rule("Peace", "peace");
        EnrichedArticle article = article("a1", "Peace talks", "Negotiations resumed.");
        assertThat(matchedRules(article)).containsExactlyInAnyOrder("Negotiat", "Peace");
        matcher.apply("negotiat", null);
        assertThat(matchedRules(article)).containsExactly("Peace");
    }

    @Test
    void entityFieldsMatchCanonicalNamesNotOnlyTheWordsWritten() {
        rule("Putin", "person:\"Vladimir Putin\"");
        rule("Pokrovsk place", "location:Pokrovsk");
        rule("Putin as place", "location:Putin");
        EnrichedArticle article = article("a1", "Putin speaks", "Putin said Pokrovsk was taken.",
                person("person:vladimir-putin", "Vladimir Putin", "Putin"),
                location("geonames:704147", "Pokrovsk", "Pokrovsk"));
        List<RuleMatch> matches = matcher.match(article);
        assertThat(matches).extracting(m -> m.rule().getName()).containsExactlyInAnyOrder("Putin", "Pokrovsk place");
        RuleMatch putin = matches.stream().filter(m -> m.rule().getName().equals("Putin")).findFirst().orElseThrow();
        assertThat(putin.snippets()).containsExactly("[[Putin]] speaks", "[[Putin]] said Pokrovsk was taken.");
    }

    @Test
    void phrasesNeverSpanTwoEntityNames() {
        rule("Joined names", "entity:\"putin pokrovsk\"");
        EnrichedArticle article = article("a1", "Putin at Pokrovsk", "Nothing.",
                person("person:vladimir-putin", "Vladimir Putin", "Putin"),
                location("geonames:704147", "Pokrovsk", "Pokrovsk"));
        assertThat(matchedRules(article)).isEmpty();
    }

    @Test
    void filtersNarrowWhatTheQueryMatched() {
        rule(new RuleDefinition(null, "English only", "pokrovsk", List.of("en"), List.of(), List.of(), null, null, null, null, null));
        rule(new RuleDefinition(null, "German only", "pokrovsk", List.of("de"), List.of(), List.of(), null, null, null, null, null));
        rule(new RuleDefinition(null, "Other source", "pokrovsk", List.of(), List.of("Other Wire"), List.of(), null, null, null, null, null));
        rule(new RuleDefinition(null, "Needs Putin", "pokrovsk", List.of(), List.of(), List.of("person:vladimir-putin"), null, null, null, null, null));
        rule(new RuleDefinition(null, "Negative", "pokrovsk", List.of(), List.of(), List.of(), -1.0, -0.1, null, null, null));
        rule(new RuleDefinition(null, "Positive", "pokrovsk", List.of(), List.of(), List.of(), 0.1, 1.0, null, null, null));
        rule(new RuleDefinition(null, "Disabled", "pokrovsk", List.of(), List.of(), List.of(), null, null, false, null, null));
        EnrichedArticle article = article("a1", "Pokrovsk under fire", "Heavy shelling.");
        assertThat(matchedRules(article)).containsExactlyInAnyOrder("English only", "Negative");
    }

    @Test
    void ruleAddedOrRemovedTakesPartInTheNextMatch() {
        EnrichedArticle article = article("a1", "Pokrovsk under fire", "Heavy shelling.");
        assertThat(matchedRules(article)).isEmpty();
        rule("Pokrovsk", "pokrovsk");
        assertThat(matchedRules(article)).containsExactly("Pokrovsk");
        matcher.apply("pokrovsk", null);
        assertThat(matchedRules(article)).isEmpty();
        assertThat(matcher.liveRuleIds()).isEmpty();
    }

    @Test
    void changedRuleReplacesItsPreviousVersion() {
        rule("Watch", "pokrovsk");
        AlertRule v2 = RuleDefinition.of("Watch", "kyiv").toAlertRule(2, Instant.EPOCH);
        matcher.apply(v2.getId(), v2);
        assertThat(matcher.match(article("a1", "Pokrovsk", "x"))).isEmpty();
        assertThat(matcher.match(article("a2", "Kyiv", "x"))).extracting(m -> m.rule().getVersion()).containsExactly(2);
    }

    @Test
    void invalidRuleInTheTopicIsSkippedAndOthersStillMatch() {
        rule("Broken", "\"unterminated");
        rule("Fine", "pokrovsk");
        assertThat(matchedRules(article("a1", "Pokrovsk", "x"))).containsExactly("Fine");
    }
}
