package io.newsflow.dashboard.http;

import io.javalin.http.Context;

/**
 * Headers on every response that keep hostile article text inert even if the page ever slipped: a
 * Content-Security-Policy that allows only the dashboard's own script and style files (no inline
 * script, no eval, no plugins, no framing), no content sniffing, and no referrer leaking article
 * URLs to the sites the page links to.
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
