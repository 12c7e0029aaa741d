package io.newsflow.dashboard.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every request by method, route template and status for {@code /metrics}. Route templates
 * (not raw paths) keep the number of series bounded whatever ids people open.
 */
public final class HttpMetrics {
    private static final String START = "newsflow.dashboard.start";
    private final MeterRegistry registry;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void begin(Context ctx) {
        ctx.attribute(START, System.nanoTime());
    }

    public void end(Context ctx) {
        Long start = ctx.attribute(START);
        if (start == null) {
            return;
        }
        String route;
        try {
            route = ctx.endpointHandlerPath();
        } catch (RuntimeException e) {
            route = "unmatched";
        }
        if (route == null || route.isEmpty() || "*".equals(route)) {
            route = "unmatched";
        }
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
