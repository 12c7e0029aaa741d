package io.newsflow.app.bench.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.Newsflow;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.bench.corpus.ArticleGenerator;
import io.newsflow.app.bench.corpus.CorpusShape;
import io.newsflow.app.bench.corpus.GeneratedArticle;
import io.newsflow.app.bench.e2e.CoreNlpBaseline;
import io.newsflow.app.bench.e2e.ProcessGauges;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast a backfill re-enriches: {@code newsflow run --once} stores N generated articles in a fresh embedded data
 * directory, then {@code newsflow replay enrich} re-enriches all of them at version 2, both run as a user runs
 * them (same command line, in this process). The baseline is the bare CoreNLP pipeline on the same texts in the
 * same run. The replay's own rate (from its summary line: its Streams application's start to its end) is the
 * figure; the whole command (broker, registry and models started, the store brought up to date) is shown beside it.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-enrichment throughput: `replay enrich` of N generated articles on an embedded data directory,"
                + " against the bare CoreNLP pipeline on the same articles.")
public final class ReplayBenchCommand implements Callable<Integer> {
    private static final Instant FIRST_PUBLISHED = Instant.parse("2026-10-01T00:00:00Z");
    private static final Pattern REPLAY_RATE = Pattern.compile("([\\d,]+) articles re-enriched.*?; ([\\d.]+) s, ([\\d.]+) articles/s");

    @Option(names = "--articles", defaultValue = "2000", description = "Articles generated, stored, then re-enriched (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "20261128", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Threads of the CoreNLP baseline and enrich.threads (default: the cores).")
    Integer threads;

    @Option(names = "--no-baseline", description = "Skip the bare CoreNLP pipeline.")
    boolean noBaseline;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Sets one configuration key for both commands. Repeatable.")
    List<String> sets = new ArrayList<>();

    private final ProcessGauges gauges = new ProcessGauges();

    @Override
    public Integer call() throws Exception {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<GeneratedArticle> corpus = new ArticleGenerator(seed, CorpusShape.NEWS).articles(articles);
        Path dir = Files.createTempDirectory("newsflow-bench-replay");
        try {
            Path input = dir.resolve("articles.jsonl");
            writeJsonLines(corpus, input);
            Path dataDir = dir.resolve("data");
            System.out.printf(Locale.ROOT, "bench replay: %,d generated articles (mean %.0f words), %d threads, %d cores, load %s%n",
                    articles, corpus.stream().mapToInt(GeneratedArticle::words).average().orElse(0), threadCount,
                    Runtime.getRuntime().availableProcessors(), loadAverage());

            Run live = command("run --once", List.of("run", "--data-dir", dataDir.toString(), "--input", input.toString(), "--once"), threadCount);
            Run replay = command("replay enrich", List.of("replay", "enrich", "--data-dir", dataDir.toString(),
                    "--from", FIRST_PUBLISHED.minus(1, ChronoUnit.DAYS).toString(), "--enrichment-version", "2"), threadCount);
            Matcher rate = REPLAY_RATE.matcher(replay.output());
            if (!rate.find()) {
                throw new UserFacingException("bench replay: the replay printed no summary line; its output was:\n" + replay.output());
            }
            long reEnriched = Long.parseLong(rate.group(1).replace(",", ""));
            double replaySeconds = Double.parseDouble(rate.group(2));
            double replayPerSecond = Double.parseDouble(rate.group(3));

            Map<String, Double> rows = new LinkedHashMap<>();
            if (!noBaseline) {
                List<String> texts = corpus.stream().map(a -> a.title() + "\n\n" + a.body()).toList();
                CoreNlpBaseline baseline = new CoreNlpBaseline();
                baseline.annotateAll(texts.subList(0, Math.min(100, texts.size())), threadCount); // warm-up
                long cpu = gauges.cpuNanos();
                double seconds = baseline.annotateAll(texts, threadCount);
                rows.put("corenlp", texts.size() / seconds);
                System.out.printf(Locale.ROOT, "corenlp: %,d articles in %.1f s = %.1f articles/s, %.1f CPU s per 1,000%n",
                        texts.size(), seconds, texts.size() / seconds, (gauges.cpuNanos() - cpu) / 1e9 / texts.size() * 1000);
            }
            System.out.printf(Locale.ROOT, "%nstage                    articles/s    seconds  CPU s/1000 art  of it JIT%n");
            print("run --once (command)", articles, live);
            print("replay enrich (command)", reEnriched, replay);
            System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f%n", "replay enrich (its run)", replayPerSecond, replaySeconds);
            if (rows.containsKey("corenlp")) {
                System.out.printf(Locale.ROOT, "%-24s %10.1f%n", "corenlp (bare pipeline)", rows.get("corenlp"));
                System.out.printf(Locale.ROOT, "replay_ratio_vs_corenlp %.2f (the replay's own rate against the bare pipeline's)%n",
                        replayPerSecond / rows.get("corenlp"));
            }
            System.out.printf(Locale.ROOT, "peak RSS %,d MB (the whole process: both commands, their embedded broker and registry)%n",
                    gauges.peakRssBytes() / (1024 * 1024));
            return reEnriched == articles ? 0 : 1;
        } finally {
            deleteQuietly(dir);
        }
    }

    private record Run(double seconds, double cpuSeconds, double jitSeconds, String output) {}

    private Run command(String name, List<String> args, int threadCount) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--set", "enrich.threads=" + threadCount, "--set", "enrich.http.port=-1", "--set", "alerts.console=false"));
        sets.forEach(set -> all.addAll(List.of("--set", set)));
        StringWriter captured = new StringWriter();
        CommandLine commandLine = Newsflow.commandLine();
        commandLine.setOut(new PrintWriter(captured, true));
        long cpu = gauges.cpuNanos();
        long jit = gauges.jitNanos();
        long start = System.nanoTime();
        int exit = commandLine.execute(all.toArray(String[]::new));
        Run run = new Run((System.nanoTime() - start) / 1e9, (gauges.cpuNanos() - cpu) / 1e9, (gauges.jitNanos() - jit) / 1e9,
                captured.toString());
        System.out.print(run.output());
        if (exit != 0) {
            throw new UserFacingException("bench replay: `newsflow " + name + "` exited with " + exit);
        }
        return run;
    }

    private static void print(String stage, long count, Run run) {
        System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f %15.1f %10.1f%n", stage, count / run.seconds(), run.seconds(),
                run.cpuSeconds() / count * 1000, run.jitSeconds() / count * 1000);
    }

    private static void writeJsonLines(List<GeneratedArticle> corpus, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GeneratedArticle article : corpus) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("title", article.title());
                line.put("body", article.body());
                line.put("source", article.source());
                line.put("url", "https://bench.example/replay/" + article.index());
                line.put("publishedAt", FIRST_PUBLISHED.plus(article.index(), ChronoUnit.MINUTES).toString());
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: the system cleans it eventually
        }
    }
}
