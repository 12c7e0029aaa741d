package io.newsflow.enrich.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesFileTest {
    private final RulesFile rulesFile = new RulesFile(new RuleValidator(new RuleQueryParser(RuleAnalyzer.create())));

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RulesFileTest.class.getResource("/alert/" + name).toURI());
    }

    @Test
    void yamlRulesNeedOnlyNameAndQuery() throws Exception {
        List<RuleDefinition> rules = rulesFile.load(resource("rules-ukraine-desk.yaml"));
        assertThat(rules).extracting(RuleDefinition::effectiveId).containsExactly("peace-plan", "pokrovsk-negative", "kremlin-hook");
        assertThat(rules.get(1).languages()).containsExactly("en");
        assertThat(rules.get(1).maxTone()).isEqualTo(-0.1);
        assertThat(rules.get(2).webhookSecretRef()).isEqualTo("desk");
    }

    @Test
    void jsonRulesLoadTheSame() throws Exception {
        List<RuleDefinition> rules = rulesFile.load(resource("rules-ukraine-desk.json"));
        assertThat(rules).extracting(RuleDefinition::name).containsExactly("Peace plan", "Pokrovsk");
    }

    @Test
    void fileWithOneInvalidQueryLoadsNothingAndNamesTheRule() throws Exception {
        assertThatThrownBy(() -> rulesFile.load(resource("rules-with-broken-query.yaml")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("rule 2")
                .hasMessageContaining("Cannot parse");
    }

    @Test
    void ruleWithoutQueryIsRefused() throws Exception {
        assertThatThrownBy(() -> rulesFile.load(resource("rules-without-query.json")))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("needs a query");
    }

    @Test
    void slugMakesIdsFromNames() {
        assertThat(RuleDefinition.slug("Peace plan & Pokrovsk!")).isEqualTo("peace-plan-pokrovsk");
        assertThat(RuleDefinition.slug("Zürich Größe")).isEqualTo("zurich-grosse");
    }
}
