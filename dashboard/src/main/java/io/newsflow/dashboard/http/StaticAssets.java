package io.newsflow.dashboard.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's few files, read once from the classpath and served by exact path. No directory is ever
 * exposed, nothing is fetched from a CDN, and each file gets its exact content type (with nosniff, a
 * wrong type would stop the browser from running the script at all).
 */
public final class StaticAssets {
    private static final String ROOT = "/io/newsflow/dashboard/web/";
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
            "/icon.svg", new String[] {"icon.svg", "image/svg+xml"});

    public void register(Javalin app) {
        FILES.forEach((path, file) -> {
            byte[] content = read(file[0]);
            String type = file[1];
            app.get(path, ctx -> ctx.contentType(type).result(content));
        });
    }

    private byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The dashboard's " + name + " is missing from the classpath.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
