package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A loopback HTTP server for tests: routes by exact path (query ignored), records every request
 * (host, path, headers), and also answers as a forward proxy, so a test can make any host name
 * (news.example.test) reach it.
 */
public final class LocalHttpServer implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** A request the server saw. */
    public record Seen(String host, String path, Map<String, List<String>> headers) {
        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    public final List<Seen> requests = new CopyOnWriteArrayList<>();

    public LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.createContext("/", exchange -> {
            try {
                String host = exchange.getRequestURI().getHost() != null ? exchange.getRequestURI().getHost()
                        : exchange.getRequestHeaders().getFirst("Host");
                requests.add(new Seen(host, exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders())));
                Route route = routes.get(exchange.getRequestURI().getPath());
                if (route == null) {
                    respond(exchange, 404, "text/plain", "no route".getBytes());
                } else {
                    route.handle(exchange);
                }
            } catch (IOException | RuntimeException e) {
                exchange.close();
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public LocalHttpServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public LocalHttpServer serve(String path, String contentType, byte[] body) {
        return route(path, ex -> respond(ex, 200, contentType, body));
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (status == 304 || body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
