package io.newsflow.app.bench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.bench.corpus.ArticleGenerator;
import io.newsflow.app.bench.corpus.CorpusShape;
import io.newsflow.app.bench.corpus.GeneratedArticle;
import io.newsflow.app.bench.corpus.RuleGenerator;
import io.newsflow.app.logging.EmbeddedModeLogging;
import io.newsflow.app.run.LocalPipeline;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedRegistry;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.enrich.nlp.NerTagger;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Deserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench e2e}: the whole pipeline against its two limits, measured in one run on the same
 * generated articles, on an embedded broker and registry under a temporary directory. Stages:
 * <ol>
 *   <li>{@code corenlp}: baseline B, the bare CoreNLP pipeline in process (before the broker starts);</li>
 *   <li>{@code passthrough}: baseline A, a pass-through exactly_once_v2 topology with the same serdes;</li>
 *   <li>{@code newsflow}: ingest (RawArticlePublisher) -> enrich with the alert rules loaded -> sink
 *       (SQLite), started as {@code newsflow run} starts them; throughput is publication of the first
 *       to storage of the last article;</li>
 *   <li>{@code latency}: the same pipeline fed at a steady rate; for every article, publication to
 *       readable (read_committed) on news.enriched and on news.alerts.</li>
 * </ol>
 * Everything runs in this one process, so CPU and peak RSS are of the process during the stage.
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = {"End to end: newsflow (ingest -> enrich with alert rules -> sink) against a pass-through topology",
                "and the bare CoreNLP pipeline, on the same generated articles, embedded broker; prints one table."})
public final class E2eBenchCommand implements Callable<Integer> {
    private static final Set<String> STAGES = Set.of("corenlp", "passthrough", "newsflow", "latency");

    @Mixin
    ConfigOptions config;

    @Option(names = "--articles", paramLabel = "N", description = "Articles per stage (default 200, or rate x duration).")
    Integer articles;

    @Option(names = "--duration", paramLabel = "D", description = "Length of the steady-rate stage, e.g. 30s; sets the article count to rate x D.")
    String duration;

    @Option(names = "--rate", paramLabel = "R", split = ",", defaultValue = "50,10",
            description = "Articles/s of the latency stage; one run per rate, the first gives enriched_latency_ms and alert_latency_ms (default ${DEFAULT-VALUE}).")
    List<Double> rates;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--threads", paramLabel = "T", description = "Stream threads of enrich and of the pass-through, threads of the CoreNLP baseline (default: cores).")
    Integer threads;

    @Option(names = "--rules", paramLabel = "N", defaultValue = "1000", description = "Alert rules loaded (default ${DEFAULT-VALUE}).")
    int rules;

    @Option(names = "--min-words", defaultValue = "300", description = "Shortest English body (default ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--max-words", defaultValue = "1500", description = "Longest English body (default ${DEFAULT-VALUE}).")
    int maxWords;

    @Option(names = "--duplicates", defaultValue = "0.05", description = "Share of near-duplicates (default ${DEFAULT-VALUE}).")
    double duplicates;

    @Option(names = "--non-english", defaultValue = "0.05", description = "Share of German, French and Spanish articles (default ${DEFAULT-VALUE}).")
    double nonEnglish;

    @Option(names = "--seed", defaultValue = "20261128", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "100", description = "Articles each stage processes before it is measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--stages", split = ",", defaultValue = "corenlp,passthrough,newsflow,latency",
            description = "Stages to run (default ${DEFAULT-VALUE}).")
    List<String> stages;

    @Option(names = "--timeout", defaultValue = "10m", description = "Longest wait for one stage to finish (default ${DEFAULT-VALUE}).")
    String timeout;

    private final ProcessGauges gauges = new ProcessGauges();

    @Override
    public Integer call() throws Exception {
        EmbeddedModeLogging.moveTo(SinkConfig.dataDir(config.settings(Map.of())));
        if (!STAGES.containsAll(stages)) {
            throw new UserFacingException("--stages takes some of " + STAGES + ", got " + stages);
        }
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
            throw new UserFacingException("--rate takes positive articles/s, got " + rates);
        }
        int count = articles != null ? articles : duration != null ? steadyCount(rates.get(0)) : 200;
        int steadyTotal = rates.stream().mapToInt(this::steadyCount).sum();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long waitNanos = Settings.parseDuration(timeout).toNanos();
        CorpusShape shape = new CorpusShape(minWords, maxWords, duplicates, nonEnglish);
        // warm-up, the measured set (all throughput stages), then fresh articles for the latency stage
        List<GeneratedArticle> all = new ArticleGenerator(seed, shape).articles(warmup + count + steadyTotal);
        List<GeneratedArticle> warm = all.subList(0, warmup);
        List<GeneratedArticle> measured = all.subList(warmup, warmup + count);
        List<GeneratedArticle> steady = all.subList(warmup + count, warmup + count + steadyTotal);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", machine());
        report.put("corpus", corpus(measured, shape));
        report.put("rules", rules);
        report.put("stream_threads", threadCount);
        String engine = NlpConfig.from(config.settings(Map.of())).nerEngine().settingValue();
        report.put("ner_engine", engine);
        report.put("tokenizer_compiled", NerTagger.tokenizerCompiled());
        report.put("single_process", "all stages (broker, registry client, enrich, sink, readers) run in this one JVM; "
                + "CPU and peak RSS are of the process while the stage ran");
        System.out.printf(Locale.ROOT, "bench e2e: %d articles per stage (+%d warm-up), %s; %d rules; %d stream threads; %d cores; load %s%n",
                count, warmup, describe(measured), rules, threadCount, Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf(Locale.ROOT, "NER engine of the newsflow stages: %s (enrich.nlp.ner.engine; baseline B is CoreNLP's"
                + " pipeline whatever the engine); CoreNLP's tokenizer %s%n", engine, NerTagger.tokenizerCompiled()
                ? "compiled" : "interpreted in every stage (no -XX:-DontCompileHugeMethods)");

        Map<String, StageResult> results = new LinkedHashMap<>();
        if (stages.contains("corenlp")) {
            results.put("corenlp", coreNlp(warm, measured, threadCount));
            System.gc();
        }
        Path dir = Files.createTempDirectory("newsflow-bench-e2e");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
             EmbeddedRegistry registry = EmbeddedRegistry.start(dir.resolve("registry"))) {
            Map<String, String> base = new HashMap<>();
            base.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            base.put("registry.url", registry.url());
            base.put("enrich.threads", Integer.toString(threadCount));
            base.put("enrich.http.port", "-1");
            base.put("alerts.console", "false");
            if (stages.contains("passthrough")) {
                Map<String, String> extra = new HashMap<>(base);
                extra.put("topic.prefix", "passthrough.");
                extra.put("enrich.application.id", "bench-passthrough");
                extra.put("data.dir", dir.resolve("passthrough").toString());
                results.put("passthrough", passThrough(config.settings(extra), warm, measured, waitNanos));
            }
            if (stages.contains("newsflow") || stages.contains("latency")) {
                Map<String, String> extra = new HashMap<>(base);
                extra.put("data.dir", dir.resolve("newsflow").toString());
                extra.put("sink.jdbc.url", "jdbc:sqlite:" + dir.resolve("newsflow").resolve("newsflow.db"));
                Files.createDirectories(dir.resolve("newsflow"));
                newsflow(config.settings(extra), warm, measured, steady, waitNanos, results, report);
            }
        } finally {
            deleteQuietly(dir);
        }
        report.put("stages", stagesJson(results));
        StageResult nf = results.get("newsflow");
        if (nf != null && results.containsKey("passthrough")) {
            report.put("ratio_vs_passthrough", round(nf.perSecond() / results.get("passthrough").perSecond()));
        }
        if (nf != null && results.containsKey("corenlp")) {
            report.put("ratio_vs_corenlp", round(nf.perSecond() / results.get("corenlp").perSecond()));
            // On a shared machine the wall clock measures the neighbours too; CPU per article does not.
            report.put("cpu_ratio_vs_corenlp", round(results.get("corenlp").cpuSecondsPer1000() / nf.cpuSecondsPer1000()));
            // The JIT compiles far more of newsflow's code than of the bare pipeline's during a short run.
            report.put("steady_cpu_ratio_vs_corenlp",
                    round(results.get("corenlp").steadyCpuSecondsPer1000() / nf.steadyCpuSecondsPer1000()));
        }
        if (nf != null && results.containsKey("passthrough")) {
            report.put("cpu_ratio_vs_passthrough", round(results.get("passthrough").cpuSecondsPer1000() / nf.cpuSecondsPer1000()));
        }
        print(results, report);
        if (json != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
            System.out.println("JSON written to " + json.toAbsolutePath());
        }
        return 0;
    }

    private StageResult coreNlp(List<GeneratedArticle> warm, List<GeneratedArticle> measured, int threadCount) throws Exception {
        System.out.println("corenlp: loading the bare pipeline (tokenize,ssplit,pos,lemma,ner; 4-class) ...");
        gauges.resetPeak();
        CoreNlpBaseline baseline = new CoreNlpBaseline();
        baseline.annotateAll(texts(warm), threadCount);
        ProcessGauges.Snapshot cpu = gauges.snapshot();
        double seconds = baseline.annotateAll(texts(measured), threadCount);
        return stage("corenlp", measured.size(), seconds, cpu);
    }

    private StageResult passThrough(Settings settings, List<GeneratedArticle> warm, List<GeneratedArticle> measured,
                                    long waitNanos) throws Exception {
        EnrichConfig enrichConfig = EnrichConfig.from(settings);
        ClusterConfig cluster = enrichConfig.cluster();
        NewsflowSerdes serdes = provision(cluster);
        try (EnrichService service = EnrichService.start(enrichConfig, PassThroughTopology.build(cluster.topics(), serdes));
             TopicWatcher enriched = new TopicWatcher(cluster.clientProperties(), cluster.topics().enriched(), (key, value) -> key);
             RawArticlePublisher publisher = RawArticlePublisher.create(cluster, serdes.rawArticle().serializer())) {
            enriched.awaitPositioned();
            gauges.resetPeak();
            publish(publisher, warm, "pt-warm-");
            require(enriched.awaitSeen(warm.size(), System.nanoTime() + waitNanos), "passthrough warm-up", enriched.seen(), warm.size());
            ProcessGauges.Snapshot cpu = gauges.snapshot();
            long start = System.nanoTime();
            publish(publisher, measured, "pt-");
            require(enriched.awaitSeen(warm.size() + measured.size(), System.nanoTime() + waitNanos), "passthrough",
                    enriched.seen() - warm.size(), measured.size());
            long last = enriched.firstSeenNanos().values().stream().mapToLong(Long::longValue).max().orElseThrow();
            return stage("passthrough", measured.size(), (last - start) / 1e9, cpu);
        }
    }

    private void newsflow(Settings settings, List<GeneratedArticle> warm, List<GeneratedArticle> measured,
                          List<GeneratedArticle> steady, long waitNanos, Map<String, StageResult> results,
                          Map<String, Object> report) throws Exception {
        List<RuleDefinition> ruleSet = new RuleGenerator(seed).rules(rules);
        gauges.resetPeak();
        long loadStart = System.nanoTime();
        try (LocalPipeline pipeline = LocalPipeline.start(settings, false, null, ruleSet);
             RawArticlePublisher publisher = pipeline.publisher()) {
            System.out.printf(Locale.ROOT, "newsflow: enrich, sink and alert delivery started with %d rules in %.1f s%n",
                    rules, (System.nanoTime() - loadStart) / 1e9);
            ClusterConfig cluster = pipeline.cluster();
            DataSource store = pipeline.database().dataSource();
            Deserializer<Alert> alerts = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()))
                    .alert().deserializer();
            try (TopicWatcher enriched = new TopicWatcher(cluster.clientProperties(), cluster.topics().enriched(), (key, value) -> key);
                 TopicWatcher alerted = new TopicWatcher(cluster.clientProperties(), cluster.topics().alerts(), (key, value) -> {
                     Alert alert = alerts.deserialize(cluster.topics().alerts(), value);
                     return alert.getCountUpdate() ? null : alert.getArticleId();
                 });
                 TopicWatcher deadLettered = new TopicWatcher(cluster.clientProperties(), cluster.topics().deadLetters(), (key, value) -> key)) {
                enriched.awaitPositioned();
                alerted.awaitPositioned();
                deadLettered.awaitPositioned();
                publish(publisher, warm, "nf-warm-");
                require(awaitDone(store, deadLettered, "nf-warm-", warm.size(), System.nanoTime() + waitNanos), "newsflow warm-up",
                        stored(store, "nf-warm-"), warm.size());
                if (stages.contains("newsflow")) {
                    ProcessGauges.Snapshot cpu = gauges.snapshot();
                    long start = System.nanoTime();
                    publish(publisher, measured, "nf-");
                    require(awaitDone(store, deadLettered, "nf-0", measured.size(), System.nanoTime() + waitNanos), "newsflow",
                            stored(store, "nf-0"), measured.size());
                    StageResult result = stage("newsflow", measured.size(), (System.nanoTime() - start) / 1e9, cpu);
                    results.put("newsflow", result);
                    Thread.sleep(5000); // alerts commit with their article, but the store may see the article first: let the readers catch up
                    System.out.printf(Locale.ROOT, "newsflow: %d articles stored, %d with an alert%n", stored(store, "nf-0"),
                            alerted.firstSeenNanos().keySet().stream().filter(id -> id.startsWith("nf-0")).count());
                }
                if (deadLettered.seen() > 0) {
                    System.out.printf(Locale.ROOT, "newsflow: %d articles went to the dead-letter topic (see the log): %s%n",
                            deadLettered.seen(), deadLettered.firstSeenNanos().keySet());
                    report.put("dead_lettered", deadLettered.seen());
                }
                if (stages.contains("latency")) {
                    latency(publisher, steady, enriched, alerted, waitNanos, results, report);
                }
            }
        }
    }

    /**
     * One steady-rate run per {@code --rate}: each article stamped with its publication instant, and the
     * latencies read back. The first rate gives {@code enriched_latency_ms} and {@code alert_latency_ms};
     * every rate is in {@code latency_by_rate}. A rate above what the newsflow stage sustained measures
     * the queue that builds up, not the pipeline, and the output says so.
     */
    private void latency(RawArticlePublisher publisher, List<GeneratedArticle> steady, TopicWatcher enriched, TopicWatcher alerted,
                         long waitNanos, Map<String, StageResult> results, Map<String, Object> report) throws Exception {
        List<Map<String, Object>> byRate = new ArrayList<>();
        int from = 0;
        for (int r = 0; r < rates.size(); r++) {
            double rate = rates.get(r);
            int count = steadyCount(rate);
            List<GeneratedArticle> batch = steady.subList(from, from + count);
            from += count;
            String prefix = String.format(Locale.ROOT, "lat%d-", r);
            StageResult capacity = results.get("newsflow");
            System.out.printf(Locale.ROOT, "latency: %d articles at %.0f/s%s ...%n", count, rate,
                    capacity != null && rate > capacity.perSecond()
                            ? String.format(Locale.ROOT, " (above the %.1f/s the newsflow stage sustained: the queue grows)", capacity.perSecond())
                            : "");
            Map<String, Object> run = latencyAt(rate, prefix, batch, publisher, enriched, alerted, waitNanos, results,
                    r == 0 ? "latency" : String.format(Locale.ROOT, "latency@%.0f", rate));
            byRate.add(run);
            if (r == 0) {
                report.put("steady_rate", run.get("steady_rate"));
                report.put("enriched_latency_ms", run.get("enriched_latency_ms"));
                report.put("alert_latency_ms", run.get("alert_latency_ms"));
            }
        }
        report.put("latency_by_rate", byRate);
    }

    private Map<String, Object> latencyAt(double rate, String prefix, List<GeneratedArticle> batch, RawArticlePublisher publisher,
                                          TopicWatcher enriched, TopicWatcher alerted, long waitNanos,
                                          Map<String, StageResult> results, String stageName) throws Exception {
        Map<String, Long> sentNanos = new ConcurrentHashMap<>();
        long intervalNanos = (long) (1e9 / rate);
        ProcessGauges.Snapshot cpu = gauges.snapshot();
        gauges.resetPeak();
        long start = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String id = String.format(Locale.ROOT, "%s%06d", prefix, i);
            sentNanos.put(id, System.nanoTime());
            publisher.publish(batch.get(i).toRaw(id, Instant.now()));
        }
        publisher.flush();
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + waitNanos;
        while (countWithPrefix(enriched, prefix) < batch.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(3000); // give the readers of the last articles and alerts time to land
        long last = enriched.firstSeenNanos().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).max().orElse(System.nanoTime());
        results.put(stageName, stage(stageName, batch.size(), (last - start) / 1e9, cpu));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("steady_rate", Map.of("requested_per_s", rate, "achieved_publish_per_s", round(batch.size() / publishSeconds)));
        run.put("enriched_latency_ms", latencyJson(LatencySummary.of(latencies(sentNanos, enriched.firstSeenNanos()), batch.size())));
        run.put("alert_latency_ms", latencyJson(LatencySummary.of(latencies(sentNanos, alerted.firstSeenNanos()), batch.size())));
        return run;
    }

    /** Articles of one steady-rate run: rate x --duration, else --articles (200). */
    private int steadyCount(double rate) {
        return duration != null ? (int) Math.ceil(rate * Settings.parseDuration(duration).toMillis() / 1000.0)
                : articles != null ? articles : 200;
    }

    private static int countWithPrefix(TopicWatcher watcher, String prefix) {
        return (int) watcher.firstSeenNanos().keySet().stream().filter(id -> id.startsWith(prefix)).count();
    }

    private static List<Long> latencies(Map<String, Long> sent, Map<String, Long> seen) {
        List<Long> out = new ArrayList<>();
        sent.forEach((id, at) -> {
            Long arrived = seen.get(id);
            if (arrived != null) {
                out.add(arrived - at);
            }
        });
        return out;
    }

    private NewsflowSerdes provision(ClusterConfig cluster) {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin, (short) 1, Duration.ofSeconds(60)).ensure(cluster.topics().all());
        }
        SchemaRegistryClient client = new SchemaRegistryClient(cluster.registryUrl(), cluster.registry());
        new SchemaRegistrar(client).registerAll(cluster.topics());
        return new NewsflowSerdes(client);
    }

    private static void publish(RawArticlePublisher publisher, List<GeneratedArticle> articles, String prefix) {
        Instant now = Instant.now();
        for (int i = 0; i < articles.size(); i++) {
            publisher.publish(articles.get(i).toRaw(String.format(Locale.ROOT, "%s%06d", prefix, i), now));
        }
        var report = publisher.flush();
        if (report.failed() > 0) {
            throw new IllegalStateException("Publishing failed for " + report.failed() + " articles: " + report.failures());
        }
    }

    /** Until every article of {@code prefix} is stored or dead-lettered (as {@code run --once} waits). */
    private static boolean awaitDone(DataSource store, TopicWatcher deadLettered, String prefix, int count, long deadlineNanos)
            throws Exception {
        while (System.nanoTime() < deadlineNanos) {
            if (stored(store, prefix) + countWithPrefix(deadLettered, prefix) >= count) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int stored(DataSource store, String prefix) throws SQLException {
        try (Connection connection = store.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM articles WHERE id LIKE ?")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void require(boolean done, String stage, int got, int expected) {
        if (!done) {
            throw new UserFacingException("The " + stage + " stage finished " + got + " of " + expected
                    + " articles within --timeout; raise it or lower --articles");
        }
    }

    private StageResult stage(String name, int count, double seconds, ProcessGauges.Snapshot before) {
        ProcessGauges.Snapshot after = gauges.snapshot();
        StageResult result = new StageResult(name, count, seconds, (after.cpuNanos() - before.cpuNanos()) / 1e9,
                (after.jitNanos() - before.jitNanos()) / 1e9, (after.gcNanos() - before.gcNanos()) / 1e9, gauges.peakRssBytes(),
                ThreadGroupCpu.between(before.byThreadGroup(), after.byThreadGroup()));
        System.out.printf(Locale.ROOT, "%s: %d articles in %.1f s = %.1f articles/s, %.1f CPU s per 1,000 (%.1f without JIT), peak RSS %d MB%n",
                name, count, seconds, result.perSecond(), result.cpuSecondsPer1000(), result.steadyCpuSecondsPer1000(),
                result.peakRssBytes() >> 20);
        return result;
    }

    private static List<String> texts(List<GeneratedArticle> articles) {
        return articles.stream().map(a -> a.title() + "\n\n" + a.body()).toList();
    }

    private void print(Map<String, StageResult> results, Map<String, Object> report) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-12s %10s %10s %14s %10s %9s %12s%n", "stage", "articles/s", "seconds", "CPU s/1000 art",
                "of it JIT", "of it GC", "peak RSS MB");
        results.values().forEach(r -> System.out.printf(Locale.ROOT, "%-12s %10.1f %10.1f %14.1f %10.1f %9.1f %12d%n",
                r.name(), r.perSecond(), r.seconds(), r.cpuSecondsPer1000(), r.jitSecondsPer1000(), r.gcSecondsPer1000(),
                r.peakRssBytes() >> 20));
        results.values().forEach(r -> {
            StringBuilder parts = new StringBuilder();
            r.cpuSecondsPer1000ByPart().forEach((part, cpu) -> {
                if (cpu >= 0.5) {
                    parts.append(String.format(Locale.ROOT, "%s %.1f, ", part, cpu));
                }
            });
            System.out.printf(Locale.ROOT, "  %s CPU s/1000 by part: %s%n", r.name(), parts.length() > 2 ? parts.substring(0, parts.length() - 2) : "-");
        });
        if (report.containsKey("ratio_vs_passthrough")) {
            System.out.println("ratio_vs_passthrough (newsflow / pass-through topology): " + report.get("ratio_vs_passthrough"));
        }
        if (report.containsKey("ratio_vs_corenlp")) {
            System.out.println("ratio_vs_corenlp (newsflow / bare CoreNLP, same threads): " + report.get("ratio_vs_corenlp") + "  (goal >= 1.5)");
        }
        if (report.containsKey("cpu_ratio_vs_corenlp")) {
            System.out.println("cpu_ratio_vs_corenlp (CPU per article of bare CoreNLP / of newsflow; load-independent): "
                    + report.get("cpu_ratio_vs_corenlp") + "; without the JIT compiler's time: " + report.get("steady_cpu_ratio_vs_corenlp"));
        }
        for (String key : List.of("enriched_latency_ms", "alert_latency_ms")) {
            if (report.containsKey(key)) {
                System.out.println(key + " at " + report.get("steady_rate") + ": " + report.get(key));
            }
        }
        if (report.get("latency_by_rate") instanceof List<?> runs && runs.size() > 1) {
            runs.stream().skip(1).forEach(run -> System.out.println("also " + run));
        }
        System.out.println("(all stages share this one process: CPU and RSS include the embedded broker)");
    }

    private static Map<String, Object> stagesJson(Map<String, StageResult> results) {
        Map<String, Object> out = new LinkedHashMap<>();
        results.forEach((name, r) -> out.put(name, Map.of(
                "cpu_s_per_1000_articles_by_part", roundAll(r.cpuSecondsPer1000ByPart()),
                "articles", r.articles(), "seconds", round(r.seconds()), "articles_per_s", round(r.perSecond()),
                "cpu_s_per_1000_articles", round(r.cpuSecondsPer1000()),
                "jit_s_per_1000_articles", round(r.jitSecondsPer1000()),
                "gc_s_per_1000_articles", round(r.gcSecondsPer1000()),
                "peak_rss_mb", r.peakRssBytes() >> 20)));
        return out;
    }

    private static Map<String, Double> roundAll(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(key, round(value)));
        return out;
    }

    private static Map<String, Object> latencyJson(LatencySummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50", round(s.p50()));
        out.put("p95", round(s.p95()));
        out.put("p99", round(s.p99()));
        out.put("max", round(s.max()));
        out.put("arrived", s.arrived());
        out.put("published", s.expected());
        return out;
    }

    private static Map<String, Object> corpus(List<GeneratedArticle> articles, CorpusShape shape) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("min_words", shape.minWords());
        out.put("max_words", shape.maxWords());
        out.put("mean_words", articles.stream().mapToInt(GeneratedArticle::words).average().orElse(0));
        out.put("near_duplicates", articles.stream().filter(a -> a.duplicateOf() >= 0).count());
        out.put("non_english", articles.stream().filter(a -> !a.language().equals("en")).count());
        return out;
    }

    private static String describe(List<GeneratedArticle> articles) {
        return String.format(Locale.ROOT, "mean %.0f words, %d near-duplicates, %d non-English",
                articles.stream().mapToInt(GeneratedArticle::words).average().orElse(0),
                articles.stream().filter(a -> a.duplicateOf() >= 0).count(),
                articles.stream().filter(a -> !a.language().equals("en")).count());
    }

    private static Map<String, Object> machine() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.put("load_average_at_start", loadAverage());
        out.put("when", Instant.now().toString());
        return out;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
