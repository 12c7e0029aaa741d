package io.newsflow.app.enrichbench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.quality.BareNerEnricher;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench enrich}: the full enrichment (cleaning, language, entities, linking, tone,
 * keywords, SimHash) in-process on a set of articles, then, in the same JVM and on the same
 * articles, the bare CoreNLP pipeline {@code tokenize,ssplit,pos,lemma,ner} with the 4-class
 * model. Prints articles/s, latency percentiles, their ratio and the process RSS.
 *
 * <p>The enrichment's RSS is read after its warm-up, before the baseline pipeline is loaded, so the
 * figure is that of an enrich process. The passes of both sides are then interleaved so that both
 * run under the same machine load.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Full enrichment vs the bare CoreNLP pipeline (tokenize,ssplit,pos,lemma,ner; 4-class) on the same articles.")
public final class EnrichBenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "enrich/src/test/resources/gold",
            description = "Directory of *.txt articles (title, blank line, body); default: ${DEFAULT-VALUE}.")
    Path articlesDir;

    @Option(names = "--rounds", defaultValue = "6", description = "Passes over the articles per measurement (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up passes before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", description = "Threads of the full enrichment (default: available processors).")
    Integer threads;

    @Option(names = "--skip-baseline", description = "Measure the enrichment only.")
    boolean skipBaseline;

    private static final String BASELINE = "bare tokenize,ssplit,pos,lemma,ner";

    /** One measured run. */
    record Run(String name, int threads, int articles, double seconds, long[] latenciesNanos, long cpuNanos) {
        static Run plus(Run sum, Run next) {
            if (sum == null) {
                return next;
            }
            long[] latencies = Arrays.copyOf(sum.latenciesNanos, sum.latenciesNanos.length + next.latenciesNanos.length);
            System.arraycopy(next.latenciesNanos, 0, latencies, sum.latenciesNanos.length, next.latenciesNanos.length);
            return new Run(sum.name, sum.threads, sum.articles + next.articles, sum.seconds + next.seconds, latencies,
                    sum.cpuNanos + next.cpuNanos);
        }

        /** CPU time per article: what the work costs, whatever else the machine is doing. */
        double cpuMillisPerArticle() {
            return cpuNanos / 1e6 / articles;
        }

        double perSecond() {
            return articles / seconds;
        }

        String line() {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return String.format("%-34s threads %d  %7.1f articles/s  cpu %6.1f ms/article  latency ms p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f",
                    name, threads, perSecond(), cpuMillisPerArticle(), ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
        }
    }

    @Override
    public Integer call() throws Exception {
        List<String[]> articles = readArticles(articlesDir);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long chars = articles.stream().mapToLong(a -> a[0].length() + 2 + a[1].length()).sum();
        System.out.printf("articles: %d from %s, mean %d chars; %d warm-up + %d measured passes; %d cores%n",
                articles.size(), articlesDir, chars / articles.size(), warmup, rounds,
                Runtime.getRuntime().availableProcessors());

        long loadStart = System.nanoTime();
        NlpConfig nlp = NlpConfig.from(config.settings(Map.of()));
        NlpArticleEnricher enricher = new NlpArticleEnricher(nlp);
        System.out.printf("full enrichment loaded in %.1f s; NER engine %s (enrich.nlp.ner.engine); the baseline is"
                + " CoreNLP's own pipeline whatever the engine; CoreNLP's tokenizer %s%n", (System.nanoTime() - loadStart) / 1e9,
                nlp.nerEngine().settingValue(), NerTagger.tokenizerCompiled() ? "compiled"
                        : "interpreted on both sides (no -XX:-DontCompileHugeMethods)");
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            raws.add(raw("bench-" + i, articles.get(i)[0], articles.get(i)[1]));
        }
        Consumer<Integer> enrich = i -> enricher.enrich(raws.get(i), 1);
        measure(null, threadCount, raws.size(), warmup, enrich);
        long enrichRss = rssBytes("VmRSS");
        long enrichPeak = rssBytes("VmHWM");
        System.out.printf("RSS of the enrichment after warm-up: %d MB now, %d MB peak (max heap %d MB)%n",
                enrichRss >> 20, enrichPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (skipBaseline) {
            Run one = measure("full enrichment", 1, raws.size(), rounds, enrich);
            Run many = measure("full enrichment", threadCount, raws.size(), rounds, enrich);
            System.out.println(one.line());
            System.out.println(many.line());
            return 0;
        }

        loadStart = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(baselineProperties());
        System.out.printf("bare pipeline loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        List<String> texts = articles.stream().map(a -> a[0] + "\n\n" + a[1]).toList();
        Consumer<Integer> annotate = i -> pipeline.annotate(new Annotation(texts.get(i)));
        measure(null, threadCount, texts.size(), warmup, annotate);

        // Interleaved passes: on a shared machine the load changes by the minute, and both sides
        // should see the same conditions for the ratio to mean something.
        Run enrichOne = null;
        Run enrichMany = null;
        Run baselineOne = null;
        Run baselineMany = null;
        for (int round = 0; round < rounds; round++) {
            enrichOne = Run.plus(enrichOne, measure("full enrichment", 1, raws.size(), 1, enrich));
            baselineOne = Run.plus(baselineOne, measure(BASELINE, 1, texts.size(), 1, annotate));
            enrichMany = Run.plus(enrichMany, measure("full enrichment", threadCount, raws.size(), 1, enrich));
            baselineMany = Run.plus(baselineMany, measure(BASELINE, threadCount, texts.size(), 1, annotate));
        }
        System.out.println(enrichOne.line());
        System.out.println(enrichMany.line());
        System.out.println(baselineOne.line());
        System.out.println(baselineMany.line());

        System.out.println();
        System.out.printf("ratio full enrichment (%d threads) / bare pipeline (1 thread): %.2fx  (goal >= 1.5x)%n",
                threadCount, enrichMany.perSecond() / baselineOne.perSecond());
        System.out.printf("ratio full enrichment / bare pipeline, both 1 thread:        %.2fx%n",
                enrichOne.perSecond() / baselineOne.perSecond());
        System.out.printf("ratio full enrichment / bare pipeline, both %d threads:       %.2fx%n",
                threadCount, enrichMany.perSecond() / baselineMany.perSecond());
        System.out.printf("CPU per article: full enrichment %.1f ms, bare pipeline %.1f ms: the enrichment does %.2fx the"
                + " articles per CPU-second (load-independent)%n", enrichOne.cpuMillisPerArticle(),
                baselineOne.cpuMillisPerArticle(), baselineOne.cpuMillisPerArticle() / enrichOne.cpuMillisPerArticle());
        System.out.printf("RSS of the enrichment %d MB (goal < 1536 MB); with the baseline loaded too: %d MB%n",
                enrichRss >> 20, rssBytes("VmRSS") >> 20);
        System.out.printf("load average during the run: %s%n", loadAverage());
        return 0;
    }

    /** The pipeline a newcomer would write, with the 4-class model settings of stack.md. */
    public static Properties baselineProperties() {
        return BareNerEnricher.properties();
    }

    private static Run measure(String name, int threads, int size, int passes, Consumer<Integer> work)
            throws Exception {
        int total = size * passes;
        long[] latencies = new long[Math.max(1, total)];
        AtomicLong cpu = new AtomicLong();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int k;
                    long cpuStart = threadBean.getCurrentThreadCpuTime();
                    while ((k = next.getAndIncrement()) < total) {
                        long begin = System.nanoTime();
                        work.accept(k % size);
                        latencies[k] = System.nanoTime() - begin;
                    }
                    cpu.addAndGet(threadBean.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(name, threads, total, (System.nanoTime() - start) / 1e9, latencies, cpu.get());
    }

    private static List<String[]> readArticles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserFacingException("The article directory " + dir.toAbsolutePath()
                    + " does not exist; pass --articles DIR (run from the repository root for the default)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String[]> articles = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int split = text.indexOf("\n\n");
                articles.add(split < 0 ? new String[] {"", text} : new String[] {text.substring(0, split), text.substring(split + 2)});
            }
            if (articles.isEmpty()) {
                throw new UserFacingException("The article directory " + dir + " has no *.txt file");
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the articles in " + dir, e);
        }
    }

    private static RawArticle raw(String id, String title, String body) {
        return RawArticle.newBuilder().setId(id).setTitle(title).setBody(body).setSource("bench")
                .setPublishedAt(Instant.EPOCH).setFetchedAt(Instant.EPOCH).setContentHash(id).build();
    }

    private static long rssBytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
