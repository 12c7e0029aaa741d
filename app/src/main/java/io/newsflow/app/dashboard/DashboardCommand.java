package io.newsflow.app.dashboard;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newsflow.app.ConfigOptions;
import io.newsflow.app.UserFacingException;
import io.newsflow.config.ClusterConfig;
import io.newsflow.config.Settings;
import io.newsflow.dashboard.DashboardConfig;
import io.newsflow.dashboard.DashboardServer;
import io.newsflow.dashboard.DashboardStartException;
import io.newsflow.dashboard.live.InProcessLiveFeed;
import io.newsflow.dashboard.live.KafkaLiveFeed;
import io.newsflow.dashboard.live.LiveFeed;
import io.newsflow.schemas.registry.SchemaRegistryClient;
import io.newsflow.schemas.serde.NewsflowSerdes;
import java.nio.file.Path;
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
 * the sink writes (SQLite under the data directory, or PostgreSQL with {@code --jdbc}) and follows
 * news.enriched and news.alerts on Kafka for the live stream. Inside {@code newsflow run} the same
 * server is started in-process and fed by the sink after each commit instead.
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

    @Option(names = "--no-live", description = "Serve the store only, without following Kafka (no live stream).")
    boolean noLive;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> extra = new HashMap<>();
        if (port != null) {
            extra.put("dashboard.port", port.toString());
        }
        if (host != null) {
            extra.put("dashboard.host", host);
        }
        if (jdbcUrl != null) {
            extra.put("sink.jdbc.url", jdbcUrl);
        }
        if (dataDir != null) {
            extra.put("data.dir", dataDir.toString());
        }
        Settings settings = config.settings(extra);
        DashboardConfig dashboard = DashboardConfig.from(settings);
        LiveFeed live = noLive ? new InProcessLiveFeed() : kafkaFeed(ClusterConfig.from(settings));
        CountDownLatch stop = new CountDownLatch(1);
        try (HikariDataSource store = openStore(storeUrl(settings));
             DashboardServer server = new DashboardServer(dashboard, store, live, Optional.empty())) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "newsflow-dashboard-shutdown"));
            System.err.println("newsflow dashboard: " + server.uri() + (noLive ? " (no live stream)" : "") + " (Ctrl-C to stop)");
            stop.await();
        } catch (DashboardStartException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        return 0;
    }

    private static LiveFeed kafkaFeed(ClusterConfig cluster) {
        NewsflowSerdes serdes = new NewsflowSerdes(new SchemaRegistryClient(cluster.registryUrl(), cluster.registry()));
        return new KafkaLiveFeed(cluster.clientProperties(), cluster.topics().enriched(), cluster.topics().alerts(),
                serdes.enrichedArticle().deserializer(), serdes.alert().deserializer());
    }

    private static String storeUrl(Settings settings) {
        Optional<String> url = settings.optional("sink.jdbc.url");
        if (url.isPresent()) {
            if (!url.get().startsWith("jdbc:sqlite:") && !url.get().startsWith("jdbc:postgresql:")) {
                throw settings.wrong("sink.jdbc.url", "must be a jdbc:sqlite: or jdbc:postgresql: URL");
            }
            return url.get();
        }
        Path dir = settings.optional("data.dir").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".newsflow"));
        return "jdbc:sqlite:" + dir.resolve("newsflow.db").toAbsolutePath();
    }

    // Until the sink's Database (pool + migrations) is on main: a small read pool on the same URL.
    private static HikariDataSource openStore(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setPoolName("newsflow-dashboard-store");
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pool.setInitializationFailTimeout(-1);
        if (url.startsWith("jdbc:sqlite:")) {
            pool.addDataSourceProperty("journal_mode", "WAL");
            pool.addDataSourceProperty("busy_timeout", "5000");
        }
        return new HikariDataSource(pool);
    }
}
