package io.newsflow.app.run;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.ShutdownSignal;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.logging.EmbeddedModeLogging;
import io.newsflow.config.Settings;
import io.newsflow.enrich.alert.InvalidRuleException;
import io.newsflow.enrich.alert.RuleAnalyzer;
import io.newsflow.enrich.alert.RuleDefinition;
import io.newsflow.enrich.alert.RuleQueryParser;
import io.newsflow.enrich.alert.RuleValidator;
import io.newsflow.enrich.alert.RulesFile;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.archive.ArchiveIngest;
import io.newsflow.ingest.archive.IngestSummary;
import io.newsflow.ingest.archive.TerminalProgressBar;
import io.newsflow.sink.jdbc.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow run}: everything in one process on embedded defaults. With {@code --once} it ingests
 * the inputs, waits until each article is enriched and stored (or dead-lettered), prints one line and
 * exits; without it, it keeps running with the dashboard until interrupted.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs everything in one process: embedded Kafka broker, local schema registry, ingest, enrich, "
                + "sink (SQLite under the data directory) and the dashboard on http://127.0.0.1:8080.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the broker, registry, store and logs live (data.dir; default ~/.newsflow).")
    Path dataDir;

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Files or folders of articles to ingest: .txt (first line is the title), .html, .jsonl, feed .xml/.json, .gz of any.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--feeds", paramLabel = "FILE|URL", arity = "1..*",
            description = "Feeds to poll: feed URLs, web pages (their advertised feed is polled), OPML lists or lists of one URL per line, as files or URLs. With --once each feed is polled once.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--demo", description = "Ingest the sample articles bundled with newsflow (the seed article among them).")
    boolean demo;

    @Option(names = "--rules", paramLabel = "FILE", description = "Alert rules to load first: a JSON or YAML list, each with name and query.")
    Path rulesFile;

    @Option(names = "--once", description = "Ingest the inputs, wait until every article is enriched and stored, print a summary and exit.")
    boolean once;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Dashboard port (dashboard.port; default 8080). With --once the dashboard starts only when a port is given.")
    Integer port;

    @Option(names = "--jdbc", paramLabel = "URL", description = "Store in this database instead of SQLite, e.g. jdbc:postgresql://127.0.0.1:5432/newsflow?user=me (sink.jdbc.url).")
    String jdbcUrl;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m",
            description = "With --once: how long to wait for the articles to be stored (default ${DEFAULT-VALUE}).")
    String timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = (dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".newsflow")).toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedModeLogging.moveTo(data);
        List<RuleDefinition> rules = loadRules();
        List<Path> allInputs = new ArrayList<>(inputs);
        if (demo) {
            allInputs.add(DemoArticles.extractTo(data.resolve("demo")));
        }
        Duration waitLimit = Settings.parseDuration(timeout);

        long started = System.nanoTime();
        Settings configured = config.settings(options(data));
        try (ShutdownSignal shutdown = new ShutdownSignal(Duration.ofSeconds(30));
             EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(data, EmbeddedConfig.from(configured))) {
            announce(infrastructure, data, out);
            try {
                return runStages(configured, infrastructure, data, allInputs, rules, waitLimit, started, shutdown, out);
            } finally {
                // Before the broker stops: the file says where a running newsflow listens.
                Endpoints.removeFrom(data);
            }
        } catch (IllegalStateException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private int runStages(Settings configured, EmbeddedInfrastructure infrastructure, Path data, List<Path> allInputs,
                          List<RuleDefinition> rules, Duration waitLimit, long started, ShutdownSignal shutdown,
                          PrintWriter out) throws Exception {
        // The trends endpoint takes any free port here: one machine may run several of these.
        Settings settings = configured.with(infrastructure.settings(), "embedded runtime")
                .withDefaults(Map.of("enrich.http.port", "0"));
        boolean withDashboard = !once || port != null;
        try (LocalPipeline pipeline = LocalPipeline.start(settings, withDashboard, System.out, rules)) {
            pipeline.dashboard().ifPresent(d -> out.println("newsflow: dashboard on " + d.uri()));
            out.flush();
            IngestSummary ingested = allInputs.isEmpty() ? null : ingest(settings, pipeline, allInputs, waitLimit, out, started);
            try (LiveFeeds live = feeds.isEmpty() ? null : LiveFeeds.start(IngestConfig.from(settings), pipeline, feeds, out)) {
                if (once) {
                    boolean feedsOk = live == null || pollFeedsOnce(live, pipeline, waitLimit, out);
                    return (ingested == null || !ingested.nothingProcessed()) && feedsOk ? 0 : 1;
                }
                if (live != null) {
                    live.pollContinuously();
                    out.println("newsflow: polling " + feeds.size() + " feed argument(s)");
                }
                out.println("newsflow: running on " + data + " (Ctrl-C stops it)");
                out.flush();
                shutdown.await();
                return 0;
            }
        }
    }

    /** Says where other programs attach, on the console and in the data directory, before the stages start. */
    private static void announce(EmbeddedInfrastructure infrastructure, Path data, PrintWriter out) {
        infrastructure.portFallbacks().forEach(line -> out.println("newsflow: " + line));
        Endpoints endpoints = infrastructure.endpoints();
        Path file = endpoints.writeTo(data);
        out.println("newsflow: " + endpoints.announcement() + " (also in " + file + ")");
        out.flush();
    }

    private IngestSummary ingest(Settings settings, LocalPipeline pipeline, List<Path> paths, Duration waitLimit,
                                 PrintWriter out, long started) throws InterruptedException {
        IngestSummary summary;
        Map<String, Integer> published;
        try (CompletionWatcher watcher = new CompletionWatcher(pipeline.database().dataSource(),
                pipeline.cluster().clientProperties(), pipeline.cluster().topics().deadLetters());
             PublishedArticles sink = new PublishedArticles(pipeline.publisher())) {
            summary = new ArchiveIngest(IngestConfig.from(settings), sink, TerminalProgressBar.forStderr(false),
                    Clock.systemUTC()).ingest(paths);
            published = sink.revisions();
            summary.rejections().forEach(r -> spec.commandLine().getErr().println("newsflow: rejected " + r));
            if (!once) {
                out.println("newsflow: " + summary.oneLine());
                return summary;
            }
            CompletionWatcher.Outcome outcome = watcher.await(published, waitLimit);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("newsflow: %s; stored %d, dead-lettered %d of %d published articles in %.1f s total%n",
                    summary.oneLine(), outcome.stored(), outcome.deadLettered(), published.size(), seconds);
            outcome.reasons().forEach((id, reason) -> spec.commandLine().getErr()
                    .println("newsflow: article " + id + " went to the dead-letter topic: " + reason));
            out.flush();
            if (!outcome.complete()) {
                throw new UserFacingException(outcome.missing().size() + " of " + published.size()
                        + " articles were not stored within " + waitLimit.toSeconds() + " s (first: "
                        + outcome.missing().get(0) + "); see the log under " + settings.string("data.dir", "") + "/logs.");
            }
        }
        return summary;
    }

    private boolean pollFeedsOnce(LiveFeeds live, LocalPipeline pipeline, Duration waitLimit, PrintWriter out)
            throws InterruptedException {
        try (CompletionWatcher watcher = new CompletionWatcher(pipeline.database().dataSource(),
                pipeline.cluster().clientProperties(), pipeline.cluster().topics().deadLetters())) {
            LiveFeeds.Round round = live.pollOnce();
            out.println("newsflow: " + round.summary());
            round.errors().forEach(e -> spec.commandLine().getErr().println("newsflow: feed failed: " + e));
            CompletionWatcher.Outcome outcome = watcher.await(round.published(), waitLimit);
            out.printf("newsflow: stored %d, dead-lettered %d of %d articles published from feeds%n",
                    outcome.stored(), outcome.deadLettered(), round.published().size());
            out.flush();
            if (!outcome.complete()) {
                throw new UserFacingException(outcome.missing().size() + " articles from feeds were not stored within "
                        + waitLimit.toSeconds() + " s.");
            }
            return round.anySucceeded();
        }
    }

    private Map<String, String> options(Path data) {
        Map<String, String> extra = new HashMap<>();
        extra.put("data.dir", data.toString());
        extra.put("sink.jdbc.url", jdbcUrl != null ? jdbcUrl : Database.sqliteUrl(data));
        if (port != null) {
            extra.put("dashboard.port", port.toString());
        }
        return extra;
    }

    private List<RuleDefinition> loadRules() {
        if (rulesFile == null) {
            return List.of();
        }
        try {
            return new RulesFile(new RuleValidator(new RuleQueryParser(RuleAnalyzer.create()))).load(rulesFile);
        } catch (InvalidRuleException e) {
            throw new UserFacingException("Rules file " + rulesFile + ": " + e.getMessage(), e);
        }
    }
}
