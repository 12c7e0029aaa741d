package io.newsflow.chaos.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.newsflow.enrich.alert.InvalidRuleException;
import io.newsflow.enrich.alert.RuleAnalyzer;
import io.newsflow.enrich.alert.RuleQueryParser;
import io.newsflow.testkit.RandomInputs;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The rule query parser is fed by analysts through the dashboard and the rules file: whatever they
 * type, it must return a query or refuse it with an {@link InvalidRuleException} (a sentence of bounded
 * length), never hang, run out of memory or throw anything else. Seeded samples from
 * {@link RandomInputs} (a failure names the seed that replays it); inputs of at most 200 characters,
 * each parse bounded to 5 s. The feed parser, URL canonicaliser and wire-format deserializer have
 * their properties in their own modules.
 */
class RuleQueryParserFuzzIT {
    private static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final List<String> TOKENS = List.of("AND", "OR", "NOT", "-", "+", "(", ")", "\"", "~", "~3", "^2", "*", "?",
            ":", "[", "]", "{", "}", "TO", "\\", "/", "&&", "||", "!", "title:", "body:", "entity:", "location:", "source:",
            "titel:", "peace", "plan", "Rotterdam", "the", "a", "of", "strike*", "*ike", "te?t", "/reg.*ex/", "/(a|b)*c{2,}/",
            "\"peace plan\"~2", "[a TO z]", "{1 TO 9}", "é", "日本", "\u0000", "\t", " ");
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rule-fuzz");
        t.setDaemon(true);
        return t;
    });

    private final RuleQueryParser parser = new RuleQueryParser(RuleAnalyzer.create());

    @AfterAll
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    @Test
    void aMalformedRegularExpressionIsAnInvalidRuleNotACrash() {
        // found by fuzzing query-shaped text: Lucene threw
        // IllegalArgumentException("expected ')' at position 3") out of the parser
        assertThat(catchThrowable(() -> parser.parse("/ ( /")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("regular expression");
    }

    @Test
    void anyTextGivesAQueryOrAnInvalidRule() {
        RandomInputs.forSamples(0x5EED_0901L, 600, (sample, in) -> assertParsesOrRefuses(in.mixedString(200, "\"():*?~^[]{}/+-!")));
    }

    @Test
    void queryShapedTextGivesAQueryOrAnInvalidRule() {
        RandomInputs.forSamples(0x5EED_0902L, 1000, (sample, in) -> {
            List<String> parts = in.listOf(25, () -> in.oneIn(4)
                    ? in.string(0, 8, "abcxyz019 :\"()*?~^[]{}\\/+-!")
                    : in.pick(TOKENS));
            String text = String.join(in.oneIn(3) ? "" : " ", parts);
            assertParsesOrRefuses(text.length() > 200 ? text.substring(0, 200) : text);
        });
    }

    private void assertParsesOrRefuses(String text) {
        Future<Object> outcome = WORKER.submit(() -> {
            try {
                return parser.parse(text);
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
        } catch (ExecutionException e) {
            throw new AssertionError("Parsing '" + text + "' threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
        if (result instanceof InvalidRuleException refused) {
            assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(2000);
        } else {
            assertThat(result).isInstanceOf(Query.class);
        }
    }
}
