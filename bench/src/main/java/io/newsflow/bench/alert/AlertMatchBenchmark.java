package io.newsflow.bench.alert;

import io.newsflow.enrich.alert.AlertBenchCorpus;
import io.newsflow.enrich.alert.AlertMatcher;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article against N standing rules: {@link AlertMatcher#match} (Lucene Monitor presearch, the matching
 * rules run, filters, snippets for the matches) beside the naive scan of {@code newsflow bench alerts}, which
 * checks every rule's words with {@code String.contains} (no stemming, phrases or fields: a lower bound of
 * what "no index" costs). Articles and rules come from the same seeded generator as {@code bench alerts}
 * (seed 42, 200,000-word vocabulary); each call takes the next of 64 articles, so a score is the mean over
 * them. 1 rule gives the fixed cost per article (building the Lucene document).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AlertMatchBenchmark {
    private static final int ARTICLES = 64;

    @Param({"1", "1000", "10000"})
    int rules;

    private AlertMatcher matcher;
    private List<EnrichedArticle> articles;
    private List<List<String>> ruleWords;
    private int next;

    @Setup
    public void setUp() {
        AlertBenchCorpus corpus = new AlertBenchCorpus(42, 200_000);
        articles = corpus.articles(ARTICLES);
        List<RuleDefinition> definitions = corpus.rules(rules);
        matcher = new AlertMatcher(3);
        for (RuleDefinition definition : definitions) {
            AlertRule rule = definition.toAlertRule(1, Instant.EPOCH);
            matcher.apply(rule.getId(), rule);
        }
        int live = matcher.liveRuleIds().size();
        ruleWords = definitions.stream().map(AlertBenchCorpus::words).toList();
        int monitorMatches = 0;
        int naiveMatches = 0;
        for (int i = 0; i < ARTICLES; i++) {
            monitorMatches += monitor();
            naiveMatches += naiveScan();
        }
        System.out.printf(Locale.ROOT, "%n%,d live rules; matches per article: Monitor %.2f, naive scan %.2f%n",
                live, monitorMatches / (double) ARTICLES, naiveMatches / (double) ARTICLES);
    }

    @TearDown
    public void tearDown() {
        matcher.close();
    }

    private EnrichedArticle nextArticle() {
        EnrichedArticle article = articles.get(next);
        next = (next + 1) % ARTICLES;
        return article;
    }

    @Benchmark
    public int monitor() {
        return matcher.match(nextArticle()).size();
    }

    @Benchmark
    public int naiveScan() {
        return AlertBenchCorpus.naiveMatches(nextArticle(), ruleWords);
    }
}
