package io.newsflow.app.enrich;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.ShutdownSignal;
import io.newsflow.app.UserFacingException;
import io.newsflow.config.Settings;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichReset;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichedBranch;
import io.newsflow.enrich.alert.AlertBranch;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.nlp.NlpArticleEnricher;
import io.newsflow.enrich.nlp.NlpConfig;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.schemas.registry.SchemaRegistrar;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.schemas.topic.TopicProvisioner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow enrich}: one instance of the enrich Streams application against the configured
 * cluster, until interrupted. It provisions the topics and registers the schemas first (a broken
 * contract stops it before it consumes anything), then runs news.raw -> news.enriched with the
 * trends and alert branches and serves the trends endpoint.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich stage (news.raw -> news.enriched, alerts, entity trends) until interrupted.")
public final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (enrich.threads; default: the number of cores).")
    Integer threads;

    @Option(names = "--enrichment-version", paramLabel = "V", description = "Version stamped on enriched articles (enrich.version).")
    Integer version;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the trends endpoint (enrich.http.port; 0 = any free port, -1 = off).")
    Integer httpPort;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Directory for local state (data.dir).")
    Path dataDir;

    @Option(names = "--reset-to", paramLabel = "INSTANT",
            description = "Instead of running: move the stopped application back to this instant (ISO-8601, e.g. "
                    + "2026-11-01T00:00:00Z): news.raw is re-read from the first article published then, internal "
                    + "topics and local state are deleted. Refused while an instance still runs. Then start it again.")
    String resetTo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> extra = new HashMap<>();
        if (threads != null) {
            extra.put("enrich.threads", threads.toString());
        }
        if (version != null) {
            extra.put("enrich.version", version.toString());
        }
        if (httpPort != null) {
            extra.put("enrich.http.port", httpPort.toString());
        }
        if (dataDir != null) {
            extra.put("data.dir", dataDir.toString());
        }
        Settings settings = config.settings(extra);
        EnrichConfig enrich = EnrichConfig.from(settings);
        short replication = (short) settings.intValue("topic.replication.factor", 1, 1, 32);
        Instant resetInstant = resetTo == null ? null : parseInstant(resetTo);

        try (Admin admin = Admin.create(enrich.cluster().clientProperties())) {
            new TopicProvisioner(admin, replication, Duration.ofSeconds(60)).ensure(enrich.cluster().topics().all());
        }
        if (resetInstant != null) {
            return reset(enrich, resetInstant);
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(enrich.cluster().registryUrl(), enrich.cluster().registry());
        new SchemaRegistrar(registry).registerAll(enrich.cluster().topics());
        NewsflowSerdes newsflowSerdes = new NewsflowSerdes(registry);
        EnrichSerdes serdes = EnrichSerdes.from(newsflowSerdes);

        List<EnrichedBranch> branches = List.of(
                new EntityTrendsBranch(enrich.cluster().topics().entityTrends(), serdes.entityTrend(), enrich.trendGrace()),
                new AlertBranch(AlertConfig.from(settings, enrich.cluster().topics()), newsflowSerdes.alertRule(),
                        newsflowSerdes.alert(), Clock.systemUTC()));
        // Loaded once here and shared by every stream thread.
        ArticleEnricher enricher = new NlpArticleEnricher(NlpConfig.from(settings));

        // The signal closes last: the shutdown hook waits until the service has committed and left the group.
        try (ShutdownSignal signal = new ShutdownSignal(Duration.ofSeconds(45));
             EnrichService service = EnrichService.start(enrich, EnrichTopology.from(enrich, serdes, enricher, branches).build())) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("enrich running: application " + enrich.applicationId() + ", version " + enrich.enrichmentVersion()
                    + ", " + enrich.streamThreads() + " stream thread(s)"
                    + service.httpPort().map(p -> ", trends on http://" + enrich.httpHost() + ":" + p + "/trends/top").orElse("")
                    + ". Ctrl-C stops it.");
            out.flush();
            signal.await();
        } catch (IllegalStateException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        return 0;
    }

    private int reset(EnrichConfig enrich, Instant instant) throws Exception {
        EnrichReset.Result result;
        try (Admin admin = Admin.create(enrich.cluster().clientProperties())) {
            result = new EnrichReset(admin, enrich).resetTo(instant);
        } catch (IllegalStateException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Reset " + enrich.applicationId() + " to " + instant + ": " + enrich.cluster().topics().raw()
                + " is re-read from offsets " + new TreeMap<>(result.rawOffsets().entrySet().stream().collect(
                        Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue)))
                + " (partition=offset); deleted " + result.deletedTopics().size() + " internal topic(s) and the local state."
                + " Start 'newsflow enrich' to re-process.");
        out.flush();
        return 0;
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("--reset-to needs an ISO-8601 instant such as 2026-11-01T00:00:00Z, not '" + text + "'.");
        }
    }
}
