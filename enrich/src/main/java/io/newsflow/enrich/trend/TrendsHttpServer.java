package io.newsflow.enrich.trend;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trends endpoint inside the enrich process. It starts before Kafka Streams (so a port 0 becomes
 * the real port that {@code application.server} advertises) and answers 503 until {@link #serve} hands
 * it the queries of the running application.
 * <pre>
 *   GET /trends/top?period=hour|day&amp;n=10[&amp;at=epochMillis]        top N across every instance
 *   GET /trends/entities/{id}?period=hour|day[&amp;at=epochMillis]      one entity, from its owner
 * </pre>
 * {@code at} (default now) ends the period, so past periods can be asked for too.
 */
public final class TrendsHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrendsHttpServer.class);
    private static final int MAX_N = 1_000;

    private final Javalin app;
    private volatile TrendQueries queries;

    private TrendsHttpServer(Javalin app) {
        this.app = app;
    }

    public static TrendsHttpServer start(String host, int port) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        TrendsHttpServer server = new TrendsHttpServer(app);
        app.get("/trends/top", ctx -> server.answer(ctx, q -> q.top(period(ctx), n(ctx), at(ctx))));
        app.get(TrendQueries.LOCAL_TOP_PATH, ctx -> server.answer(ctx, q -> q.localTop(period(ctx), n(ctx), at(ctx))));
        app.get(TrendQueries.LOCAL_ENTITY_PATH + "{id}/local",
                ctx -> server.answer(ctx, q -> q.localEntity(ctx.pathParam("id"), period(ctx), at(ctx)).stream().toList()));
        app.get(TrendQueries.LOCAL_ENTITY_PATH + "{id}", ctx -> server.answer(ctx, q -> q.entity(ctx.pathParam("id"),
                period(ctx), at(ctx)).orElseThrow(() -> new NotFound("No mentions of " + ctx.pathParam("id")
                + " in that period."))));
        app.start(host, port);
        LOG.info("Trends endpoint listening on http://{}:{}/trends/top", host, app.port());
        return server;
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    public void serve(TrendQueries queries) {
        this.queries = queries;
    }

    private interface Query {
        Object run(TrendQueries queries);
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private void answer(Context ctx, Query query) {
        TrendQueries current = queries;
        if (current == null) {
            ctx.status(503).json(Map.of("error", "The enrich application is starting."));
            return;
        }
        try {
            ctx.json(query.run(current));
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", e.getMessage()));
        } catch (NotFound e) {
            ctx.status(404).json(Map.of("error", e.getMessage()));
        } catch (InvalidStateStoreException | TrendsUnavailableException e) {
            ctx.status(503).json(Map.of("error", "Trends are not available right now (" + e.getMessage() + "); retry shortly."));
        }
    }

    private static TrendPeriod period(Context ctx) {
        return TrendPeriod.parse(ctx.queryParamAsClass("period", String.class).getOrDefault("hour"));
    }

    private static int n(Context ctx) {
        String text = ctx.queryParam("n");
        try {
            int n = text == null ? 10 : Integer.parseInt(text);
            if (n < 1 || n > MAX_N) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("n must be a whole number from 1 to " + MAX_N + ", not '" + text + "'");
        }
    }

    private static Instant at(Context ctx) {
        String text = ctx.queryParam("at");
        if (text == null) {
            return Instant.now();
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException e) {
            try {
                return Instant.parse(text);
            } catch (RuntimeException notIso) {
                throw new IllegalArgumentException("at must be epoch milliseconds or an ISO instant, not '" + text + "'");
            }
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
