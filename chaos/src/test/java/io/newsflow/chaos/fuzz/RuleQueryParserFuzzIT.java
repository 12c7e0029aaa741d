package io.newsflow.chaos.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.alert.InvalidRuleException;
import io.newsflow.enrich.alert.RuleAnalyzer;
import io.newsflow.enrich.alert.RuleQueryParser;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.search.Query;

/**
 * The rule query parser is fed by analysts through the dashboard and the rules file: whatever they
 * type, it must return a query or refuse it with an {@link InvalidRuleException} (a sentence, bounded in
 * length), never hang, run out of memory or throw anything else. The other three fuzzed parsers (feed
 * parser, URL canonicaliser, wire-format deserializer) have their properties in their own modules.
 * Inputs are at most 200 characters; each parse must end within 5 s.
 */
class RuleQueryParserFuzzIT {
    private static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rule-fuzz");
        t.setDaemon(true);
        return t;
    });

    private final RuleQueryParser parser = new RuleQueryParser(RuleAnalyzer.create());

    @AfterContainer
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    @Example
    void aMalformedRegularExpressionIsAnInvalidRuleNotACrash() throws Exception {
        // found by queryShapedText: Lucene threw IllegalArgumentException("expected ')' at position 3")
        assertParsesOrRefuses("/ ( /");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> parser.parse("/ ( /")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("regular expression");
    }

    @Property(tries = 600)
    void anyTextGivesAQueryOrAnInvalidRule(@ForAll @StringLength(max = 200) String text) throws Exception {
        assertParsesOrRefuses(text);
    }

    @Property(tries = 800)
    void queryShapedTextGivesAQueryOrAnInvalidRule(@ForAll("queryShaped") String text) throws Exception {
        assertParsesOrRefuses(text);
    }

    @Provide
    Arbitrary<String> queryShaped() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("AND", "OR", "NOT", "-", "+", "(", ")", "\"", "~", "~3", "^2", "*", "?", ":", "[", "]", "{", "}",
                        "TO", "\\", "/", "&&", "||", "!", "title:", "body:", "entity:", "location:", "source:", "titel:",
                        "peace", "plan", "Rotterdam", "the", "a", "of", "strike*", "*ike", "te?t", "/reg.*ex/", "\"peace plan\"~2",
                        "[a TO z]", "{1 TO 9}", "é", "日本", "\u0000", "\t", " "),
                Arbitraries.strings().withChars("abcxyz019 :\"()*?~^[]{}\\/+-!").ofMaxLength(8));
        return token.list().ofMaxSize(25).map(parts -> String.join(" ", parts)).filter(s -> s.length() <= 200);
    }

    private void assertParsesOrRefuses(String text) throws Exception {
        Future<Object> outcome = WORKER.submit(() -> {
            try {
                Query query = parser.parse(text);
                return query;
            } catch (InvalidRuleException e) {
                return e;
            }
        });
        Object result;
        try {
            result = outcome.get(PER_INPUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            throw new AssertionError("Parsing did not end within " + PER_INPUT.toSeconds() + " s: '" + text + "'");
        }
        if (result instanceof InvalidRuleException refused) {
            assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(2000);
        } else {
            assertThat(result).isInstanceOf(Query.class);
        }
    }
}
