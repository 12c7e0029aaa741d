package io.newsflow.app.dashboard;

import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.app.run.RuleAdminStore;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.dashboard.DashboardConfig;
import io.newsflow.dashboard.DashboardServer;
import io.newsflow.dashboard.DashboardStartException;
import io.newsflow.dashboard.live.InProcessLiveFeed;
import io.newsflow.dashboard.live.KafkaLiveFeed;
import io.newsflow.dashboard.live.LiveFeed;
import io.newsflow.dashboard.rules.RuleStore;
import io.newsflow.enrich.alert.RuleAdmin;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.sink.jdbc.StoreException;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow dashboard}: the web page and REST API as a process of its own. It reads the store
 * the sink writes (SQLite under the data directory, or PostgreSQL with {@code --jdbc}), follows
 * news.enriched and news.alerts on Kafka for the live stream, and administers rules on
 * news.alert-rules. Inside {@code newsflow run} the same server is started in-process and fed by the
 * sink after each commit instead.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Serves the live dashboard and its REST API (default http://127.0.0.1:8080).")
public final class DashboardCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (dashboard.port; default 8080).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (dashboard.host; default 127.0.0.1). Any other address requires dashboard.token.")
    String host;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Store to read, e.g. jdbc:postgresql://HOST:5432/DB?user=U (sink.jdbc.url; default: SQLite under the data directory).")
    String jdbcUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory of the default SQLite store (data.dir; default ~/.newsflow).")
    Path dataDir;

    @Option(names = "--no-live", description = "Serve the store only, without Kafka: no live stream and no rule administration.")
    boolean noLive;

    @Override
    public Integer call() throws Exception {
        Map<String, String> extra = new HashMap<>();
        if (port != null) {
            extra.put("dashboard.port", port.toString());
        }
        if (host != null) {
            extra.put("dashboard.host", host);
        }
        if (jdbcUrl != null) {
            extra.put(SinkConfig.JDBC_URL, jdbcUrl);
        }
        if (dataDir != null) {
            extra.put(SinkConfig.DATA_DIR, dataDir.toString());
        }
        Settings settings = config.settings(extra);
        DashboardConfig dashboard = DashboardConfig.from(settings);
        String storeUrl = SinkConfig.jdbcUrl(settings);

        ClusterConfig cluster = noLive ? null : ClusterConfig.from(settings);
        NewsflowSerdes serdes = noLive ? null
                : new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        LiveFeed live = noLive ? new InProcessLiveFeed()
                : new KafkaLiveFeed(cluster.clientProperties(), cluster.topics().enriched(), cluster.topics().alerts(),
                        serdes.enrichedArticle().deserializer(), serdes.alert().deserializer());
        Optional<RuleAdmin> admin = noLive ? Optional.empty()
                : Optional.of(new RuleAdmin(cluster.clientProperties(), cluster.topics().alertRules(), serdes.alertRule(),
                        Clock.systemUTC(), Duration.ofSeconds(30)));
        Optional<RuleStore> rules = admin.map(RuleAdminStore::new);
        CountDownLatch stop = new CountDownLatch(1);
        try (Closeable closeRules = () -> admin.ifPresent(RuleAdmin::close);
             Database database = Database.open(storeUrl);
             DashboardServer server = new DashboardServer(dashboard, database.dataSource(), live, rules)) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "newsflow-dashboard-shutdown"));
            System.err.println("newsflow dashboard: " + server.uri() + " reading " + database.describe()
                    + (noLive ? " (no live stream, no rules)" : "") + " (Ctrl-C to stop)");
            stop.await();
        } catch (StoreException | DashboardStartException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        return 0;
    }
}
