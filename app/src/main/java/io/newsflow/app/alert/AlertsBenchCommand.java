package io.newsflow.app.alert;

import io.newsflow.app.logging.EmbeddedModeLogging;
import io.newsflow.config.Settings;
import io.newsflow.enrich.alert.AlertBenchCorpus;
import io.newsflow.enrich.alert.AlertMatcher;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.schemas.avro.AlertRule;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.SinkConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench alerts}: how fast articles are matched against many standing queries in one
 * enrich instance (the in-process {@link AlertMatcher}: Lucene Monitor, filters, snippets), against two
 * baselines measured in the same run on the same articles: the matcher with no rules (the fixed cost of
 * building each article's document) and a naive scan that checks every rule's words with
 * {@code String.contains} (no stemming, phrases or fields: a lower bound of what "no index" costs).
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Alert matching throughput with many rules (in-process), against a 1-rule and a naive-scan baseline.")
public final class AlertsBenchCommand implements Callable<Integer> {

    @Option(names = "--rules", defaultValue = "10000", description = "Rules loaded (default ${DEFAULT-VALUE}).")
    int ruleCount;

    @Option(names = "--articles", defaultValue = "2000", description = "Distinct generated articles (default ${DEFAULT-VALUE}).")
    int articleCount;

    @Option(names = "--threads", defaultValue = "2", description = "Matching threads, as stream threads of one instance (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--latency-rules", defaultValue = "1000", description = "Rules loaded for the end-to-end latency run (default ${DEFAULT-VALUE}).")
    int latencyRules;

    @Option(names = "--rate", defaultValue = "50", description = "Articles/s published in the latency run (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "60", description = "Measured length of the latency run; 0 skips it (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup-seconds", defaultValue = "15",
            description = "Articles published at the same rate before the latency run and not measured (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--set", description = "key=value setting for the latency run's pipeline (repeatable), e.g. kafka.commit.interval.ms=50.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--no-wildcards", description = "Generate rules without prefix wildcards (1%% of rules otherwise).")
    boolean noWildcards;

    @Option(names = "--skip-matching", description = "Only run the end-to-end latency part.")
    boolean skipMatching;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes over the articles per measurement (default ${DEFAULT-VALUE}).")
    int passes;

    private record Result(String name, double perSecond, double perCpuSecond, double p50Ms, double p99Ms, double matchesPerArticle) {}

    @Override
    public Integer call() throws Exception {
        if (latencySeconds > 0) {
            EmbeddedModeLogging.moveTo(SinkConfig.dataDir(Settings.load(null, System.getenv(), overrides)));
        }
        if (!skipMatching) {
            matching();
        }
        if (latencySeconds > 0) {
            new AlertLatencyBench(latencyRules, rate, latencySeconds, warmupSeconds, overrides).run();
        }
        return 0;
    }

    private void matching() throws Exception {
        AlertBenchCorpus corpus = new AlertBenchCorpus(42, 200_000);
        List<EnrichedArticle> articles = corpus.articles(articleCount);
        List<RuleDefinition> definitions = corpus.rules(ruleCount, !noWildcards);
        double avgChars = articles.stream().mapToInt(a -> a.getTitle().length() + a.getBody().length()).average().orElse(0);
        System.out.printf(Locale.ROOT, "bench alerts: %,d rules, %,d articles (%.0f chars on average), %d thread(s), %d cores%n",
                ruleCount, articleCount, avgChars, threads, Runtime.getRuntime().availableProcessors());

        List<Result> results = new ArrayList<>();
        try (AlertMatcher single = new AlertMatcher(3)) {
            // One rule that never matches: what every article costs before the number of rules matters.
            AlertRule never = RuleDefinition.of("never", "zzzneverzzz").toAlertRule(1, Instant.EPOCH);
            single.apply(never.getId(), never);
            results.add(measure("Monitor, 1 rule (baseline: per-article cost)", articles, a -> single.match(a).size()));
        }
        try (AlertMatcher matcher = new AlertMatcher(3)) {
            long start = System.nanoTime();
            for (RuleDefinition definition : definitions) {
                AlertRule rule = definition.toAlertRule(1, Instant.EPOCH);
                matcher.apply(rule.getId(), rule);
            }
            int live = matcher.liveRuleIds().size();
            System.out.printf(Locale.ROOT, "rule load: %,d rules registered in %,d ms (one Monitor update)%n",
                    live, (System.nanoTime() - start) / 1_000_000);
            long runBefore = matcher.rulesRun();
            for (EnrichedArticle article : articles) {
                matcher.match(article);
            }
            System.out.printf(Locale.ROOT, "rules run per article (let through by the presearcher, of %,d): %.1f%n",
                    live, (matcher.rulesRun() - runBefore) / (double) articles.size());
            results.add(measure("Monitor, " + ruleCount + " rules", articles, a -> matcher.match(a).size()));
        }
        List<List<String>> ruleWords = definitions.stream().map(AlertBenchCorpus::words).toList();
        results.add(measure("naive contains scan, " + ruleCount + " rules (baseline)", articles, a -> AlertBenchCorpus.naiveMatches(a, ruleWords)));

        System.out.printf(Locale.ROOT, "%-48s %11s %13s %9s %9s %10s%n", "", "articles/s", "per CPU-sec", "p50 ms", "p99 ms", "matches/a");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-48s %11.0f %13.0f %9.3f %9.3f %10.2f%n", r.name(), r.perSecond(), r.perCpuSecond(),
                    r.p50Ms(), r.p99Ms(), r.matchesPerArticle());
        }
        System.out.println("(articles/s is wall-clock with " + threads + " thread(s) and depends on what else the machine runs;"
                + " per CPU-sec divides by the CPU time the matching threads got: x cores = what an idle machine would do)");
        System.out.printf(Locale.ROOT, "Monitor with %,d rules vs naive scan: %.1fx the throughput; vs 1 rule: %.2fx%n",
                ruleCount, results.get(1).perSecond() / results.get(2).perSecond(), results.get(1).perSecond() / results.get(0).perSecond());
    }

    private Result measure(String name, List<EnrichedArticle> articles, ToIntFunction<EnrichedArticle> match) throws Exception {
        // Warm-up: one pass, so the JIT has compiled the matching path before anything is timed.
        for (EnrichedArticle article : articles) {
            match.applyAsInt(article);
        }
        // Latency per article, one thread.
        long[] nanos = new long[articles.size()];
        long matches = 0;
        for (int i = 0; i < articles.size(); i++) {
            long t = System.nanoTime();
            matches += match.applyAsInt(articles.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        // Throughput, all threads.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        int total = articles.size() * passes;
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    match.applyAsInt(articles.get(i % articles.size()));
                }
                return cpu.getCurrentThreadCpuTime() - cpuStart;
            }));
        }
        long cpuNanos = 0;
        for (Future<Long> future : futures) {
            cpuNanos += future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(name, total / seconds, total / (cpuNanos / 1e9), nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                (double) matches / articles.size());
    }
}
