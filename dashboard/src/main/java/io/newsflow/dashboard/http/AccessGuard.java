package io.newsflow.dashboard.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.newsflow.dashboard.DashboardConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a request may proceed, before any route runs.
 *
 * <ul>
 *   <li>On loopback, the Host header must name loopback: a page on another site that rebinds its DNS
 *       name to 127.0.0.1 gets 421 instead of the API.</li>
 *   <li>Writes (POST, PUT, PATCH, DELETE) need the token when one is set, compared in constant time; a
 *       write from another origin is refused even without a token, and a POST must be JSON, so a plain
 *       HTML form on another site cannot create a rule either.</li>
 * </ul>
 */
public final class AccessGuard {
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final DashboardConfig config;
    private final Optional<byte[]> token;

    public AccessGuard(DashboardConfig config) {
        this.config = config;
        this.token = config.token().map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    public void check(Context ctx) {
        if (config.loopback() && !loopbackHost(ctx.header("Host"))) {
            throw new ApiException(421, "This dashboard answers only to 127.0.0.1 or localhost.");
        }
        if (!WRITES.contains(ctx.method())) {
            return;
        }
        if (token.isPresent() && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsflow\"");
            throw new ApiException(401, "This change needs the dashboard token as 'Authorization: Bearer <token>'.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw new ApiException(403, "Changes are accepted only from the dashboard's own page.");
        }
        if (ctx.method() == HandlerType.POST) {
            String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/json")) {
                throw new ApiException(415, "Send the request body as application/json.");
            }
        }
    }

    private boolean tokenMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.orElseThrow());
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0 && name.indexOf(':') == name.lastIndexOf(':')) {
            name = name.substring(0, name.indexOf(':'));
        }
        return LOOPBACK_NAMES.contains(name);
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host)
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
