package io.newsflow.chaos.crash;

import io.newsflow.chaos.load.FastEnricher;
import io.newsflow.config.Settings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.alert.AlertBranch;
import io.newsflow.enrich.alert.AlertConfig;
import io.newsflow.enrich.topology.EnrichSerdes;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.enrich.trend.EntityTrendsBranch;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The enrich stage as the crash scenario's child JVM runs it: the production topology (enrich, dedup,
 * alerts, trends, dead letters, exactly_once_v2) with {@link FastEnricher} in place of the NLP models,
 * so a restart costs seconds. Arguments are {@code key=value} settings; {@code chaos.enrich.delay.ms}
 * is the enricher's delay per article. Prints {@link #READY} once the application runs, then waits to
 * be killed (SIGKILL, the point of the scenario) or stopped (SIGTERM closes it cleanly).
 */
public final class EnrichWorker {
    public static final String READY = "ENRICH-WORKER-RUNNING";
    public static final String DELAY_KEY = "chaos.enrich.delay.ms";

    private EnrichWorker() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Expected key=value, got '" + arg + "'");
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = Settings.empty().with(values, "enrich worker arguments");
        long delay = settings.longValue(DELAY_KEY, 0, 0, 10_000);
        EnrichConfig config = EnrichConfig.from(settings);
        SchemaRegistryClient registry = new SchemaRegistryClient(config.cluster().registryUrl(), config.cluster().registry());
        NewsflowSerdes serdes = new NewsflowSerdes(registry);
        EnrichSerdes enrichSerdes = EnrichSerdes.from(serdes);
        List<io.newsflow.enrich.EnrichedBranch> branches = List.of(
                new EntityTrendsBranch(config.cluster().topics().entityTrends(), enrichSerdes.entityTrend(), config.trendGrace()),
                new AlertBranch(AlertConfig.from(settings, config.cluster().topics()), serdes.alertRule(), serdes.alert(),
                        Clock.systemUTC()));
        EnrichService service = EnrichService.start(config,
                EnrichTopology.from(config, enrichSerdes, new FastEnricher(delay), branches).build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "enrich-worker-shutdown"));
        System.out.println(READY);
        System.out.flush();
        stopped.await();
    }
}
