package io.newsflow.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.dashboard.http.AccessGuard;
import io.newsflow.dashboard.http.ApiException;
import io.newsflow.dashboard.http.ApiRoutes;
import io.newsflow.dashboard.http.HttpMetrics;
import io.newsflow.dashboard.http.LiveStream;
import io.newsflow.dashboard.http.RuleRoutes;
import io.newsflow.dashboard.http.SecurityHeaders;
import io.newsflow.dashboard.http.StaticAssets;
import io.newsflow.dashboard.live.LiveFeed;
import io.newsflow.dashboard.query.AlertQueries;
import io.newsflow.dashboard.query.ArticleQueries;
import io.newsflow.dashboard.query.EntityQueries;
import io.newsflow.dashboard.query.SqlDialect;
import io.newsflow.dashboard.query.StoreUnavailableException;
import io.newsflow.dashboard.rules.RuleStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard: page, REST API, live stream, health and metrics on one port.
 *
 * <p>It reads the store through {@code store} (the sink's database, SQLite or PostgreSQL, detected),
 * streams what {@code liveFeed} delivers, and administers rules through {@code rules} when given.
 * Start with {@link #start()}, stop with {@link #close()} (which also closes the live feed, not the
 * data source: that belongs to whoever opened it).
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final DashboardConfig config;
    private final DataSource store;
    private final LiveFeed liveFeed;
    private final Optional<RuleStore> rules;
    private final PrometheusMeterRegistry metrics;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private JvmGcMetrics gcMetrics;
    private LiveStream liveStream;
    private Javalin app;

    /**
     * @param rules the rule administration, or empty when this process cannot reach the rules topic
     * @param metrics the registry {@code /metrics} exposes; share one to expose the whole process's meters
     */
    public DashboardServer(DashboardConfig config, DataSource store, LiveFeed liveFeed, Optional<RuleStore> rules,
                           PrometheusMeterRegistry metrics, Clock clock) {
        this.config = config;
        this.store = store;
        this.liveFeed = liveFeed;
        this.rules = rules;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** With its own metrics registry and the system clock. */
    public DashboardServer(DashboardConfig config, DataSource store, LiveFeed liveFeed, Optional<RuleStore> rules) {
        this(config, store, liveFeed, rules, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Clock.systemUTC());
    }

    /**
     * Binds and starts serving; returns the port (the chosen one when the configuration says 0).
     *
     * @throws DashboardStartException when the store cannot be reached or the port is taken, in one sentence
     */
    public synchronized int start() {
        if (app != null) {
            throw new IllegalStateException("The dashboard is already started.");
        }
        SqlDialect dialect;
        try {
            dialect = SqlDialect.of(store);
        } catch (StoreUnavailableException e) {
            throw new DashboardStartException(e.getMessage(), e);
        }
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
        gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(metrics);

        liveStream = new LiveStream(mapper, metrics);
        ApiRoutes api = new ApiRoutes(new ArticleQueries(store, dialect, mapper), new EntityQueries(store, clock),
                new AlertQueries(store, mapper), mapper);
        AccessGuard guard = new AccessGuard(config);
        SecurityHeaders headers = new SecurityHeaders();
        HttpMetrics httpMetrics = new HttpMetrics(metrics);

        app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.http.disableCompression();
            QueuedThreadPool threads = new QueuedThreadPool(50, 2);
            threads.setName("dashboard-http");
            javalin.jetty.threadPool = threads;
        });
        app.before(ctx -> {
            httpMetrics.begin(ctx);
            headers.apply(ctx);
            guard.check(ctx);
        });
        app.after(httpMetrics::end);
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(StoreUnavailableException.class, (e, ctx) -> {
            LOG.warn("Store unavailable for {}: {}", ctx.path(), e.getMessage());
            error(ctx, 503, "The store is not reachable right now; try again in a moment.");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Dashboard request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "Internal error; the dashboard's log has the details.");
        });
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                error(ctx, 404, "Nothing here: see /api/articles, /api/entities/top, /api/alerts, /api/rules, /api/stream.");
            }
        });

        new StaticAssets().register(app);
        api.register(app);
        new RuleRoutes(rules, mapper, api).register(app);
        app.sse("/api/stream", liveStream::join);
        app.get("/health", this::health);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));

        try {
            app.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            close();
            throw new DashboardStartException("Cannot listen on " + hostForUrl() + ":" + config.port()
                    + ": the port is in use (choose another with --port or dashboard.port).", e);
        }
        liveFeed.start(liveStream);
        LOG.info("Dashboard on http://{}:{}/ (writes {})", hostForUrl(), app.port(),
                config.token().isPresent() ? "need the token" : "open to this machine only");
        return app.port();
    }

    public URI uri() {
        if (app == null) {
            throw new IllegalStateException("The dashboard is not started.");
        }
        return URI.create("http://" + hostForUrl() + ":" + app.port() + "/");
    }

    /** Open server-sent event streams: what a test waits for before publishing. */
    public int liveClients() {
        return liveStream == null ? 0 : liveStream.clientCount();
    }

    private String hostForUrl() {
        return config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up;
        try (Connection connection = store.getConnection()) {
            up = connection.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        body.put("status", up ? "UP" : "DOWN");
        body.put("store", up ? "UP" : "DOWN");
        body.put("liveClients", liveClients());
        ctx.status(up ? 200 : 503);
        writeJson(ctx, body);
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        writeJson(ctx, Map.of("error", message));
    }

    private void writeJson(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        liveFeed.close();
        if (liveStream != null) {
            liveStream.close();
        }
        if (app != null) {
            app.stop();
            app = null;
        }
        if (gcMetrics != null) {
            gcMetrics.close();
        }
    }
}
