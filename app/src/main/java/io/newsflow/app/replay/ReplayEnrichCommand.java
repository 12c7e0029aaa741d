package io.newsflow.app.replay;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.ShutdownSignal;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.logging.EmbeddedModeLogging;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.replay.EnrichReplay;
import io.newsflow.enrich.replay.ReplayRange;
import io.newsflow.enrich.replay.ReplaySummary;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.consume.SinkDeserializers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow replay enrich}: re-enriches the articles of news.raw stamped in a range with the live
 * topology, as a bounded run beside the live application, and prints a summary. Ctrl-C stops it; the same
 * command resumes it.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Re-enriches the articles of news.raw published in [--from, --to) through the enrich topology,",
                "as a bounded run with its own application id; output to the same topics, alerts not re-sent unless --realert.",
                "Interrupted (Ctrl-C), the same command resumes it."})
public final class ReplayEnrichCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "INSTANT", converter = ReplayInstant.class,
            description = "First publication time included: 2026-11-01T10:00:00Z or 2026-11-01 (midnight UTC).")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", converter = ReplayInstant.class,
            description = "First publication time excluded; default: everything up to the end of news.raw seen at start.")
    Instant to;

    @Option(names = "--enrichment-version", paramLabel = "V",
            description = "Version stamped on the re-enriched articles; the store keeps the highest (default: enrich.version).")
    Integer version;

    @Option(names = "--realert", description = "Send the alerts of the range again (default: alerts already in news.alerts are not re-sent).")
    boolean realert;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded mode: start the broker and registry of this directory (stop `newsflow run` on it first), and bring its store up to date before exiting.")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> extra = new HashMap<>();
        if (dataDir != null) {
            EmbeddedModeLogging.moveTo(dataDir);
            extra.put("data.dir", dataDir.toAbsolutePath().toString());
        }
        extra.put("alerts.realert", Boolean.toString(realert));
        ReplayRange range;
        try {
            range = new ReplayRange(from, to);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        ProgressLine bar = new ProgressLine(System.err, System::nanoTime);
        try (ShutdownSignal shutdown = new ShutdownSignal(Duration.ofSeconds(60));
             ReplayRuntime runtime = ReplayRuntime.start(config.settings(extra), dataDir == null ? null : dataDir.toAbsolutePath())) {
            Settings settings = runtime.settings();
            EnrichConfig live = EnrichConfig.from(settings);
            int v = version != null ? version : live.enrichmentVersion();
            EnrichReplay replay = new EnrichReplay(live, AlertConfig.from(settings, live.cluster().topics()),
                    EnrichSerdes.from(runtime.serdes()), runtime.serdes().alertRule(), runtime.serdes().alert(),
                    new NlpArticleEnricher(NlpConfig.from(settings)), Clock.systemUTC());
            Thread stopper = new Thread(() -> {
                try {
                    shutdown.await();
                    replay.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "replay-stop");
            stopper.setDaemon(true);
            stopper.start();
            ReplaySummary summary = replay.run(range, v, bar::update);
            bar.finish();
            stopper.interrupt();
            out.println(describe(summary, v, realert));
            out.flush();
            if (summary.complete() && runtime.embedded()) {
                out.println(describe(catchUp(runtime), realert));
                out.flush();
            }
            return summary.complete() ? 0 : 1;
        } catch (IllegalStateException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** The embedded mode has no live sink running: store what the replay wrote before exiting. */
    private static StoreCatchUp.Result catchUp(ReplayRuntime runtime) {
        Settings settings = runtime.settings();
        return new StoreCatchUp(SinkConfig.from(settings), ClusterConfig.from(settings),
                new SinkDeserializers(runtime.serdes().enrichedArticle().deserializer(), runtime.serdes().alert().deserializer(),
                        runtime.serdes().entityTrend().deserializer())).run();
    }

    static String describe(StoreCatchUp.Result r, boolean realert) {
        return String.format("newsflow: store %s brought up to date: %,d records, %,d articles written, %,d kept (the store had"
                        + " a newer version), %,d alerts, %,d trends, %,d dead-lettered; %.1f s.%s",
                r.store(), r.records(), r.written().articlesWritten(), r.written().articlesKept(), r.written().alerts(),
                r.written().trends(), r.deadLetters(), r.elapsed().toMillis() / 1000.0,
                realert ? " Alerts sent again by --realert are delivered (console, webhooks) by the next newsflow run." : "");
    }

    static String describe(ReplaySummary s, int version, boolean realert) {
        String head = s.complete() ? "newsflow: replay " + s.applicationId() + " done" : "newsflow: replay " + s.applicationId()
                + " interrupted; run the same command again to resume";
        return String.format("%s%s: %,d articles re-enriched at version %d, %,d skipped (outside the range), %,d dead-lettered, "
                        + "of %,d records; %.1f s, %.1f articles/s; %,d alerts already sent %s.",
                head, s.resumed() ? " (resumed)" : "", s.reEnriched(), version, s.skipped(), s.deadLettered(), s.total(),
                s.elapsed().toMillis() / 1000.0, s.articlesPerSecond(), s.priorAlerts(),
                realert ? "(the range's own are sent again: --realert)" : "(not sent again)");
    }
}
