package io.newsflow.bench.serde;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A loopback stand-in for the schema registry that answers every registration with the same schema id. The
 * serializer registers once and the client caches the id and the schema (the deserializer reads the id's
 * schema from that cache), so the benchmark closes this before measuring: a timed call that still needed
 * the registry would fail instead of silently timing HTTP. The schemas module's tests use a richer canned
 * registry, which is test code and not on this classpath.
 */
final class OneSchemaRegistry implements AutoCloseable {
    static final int SCHEMA_ID = 1;

    private final HttpServer server;

    OneSchemaRegistry() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", OneSchemaRegistry::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        boolean register = "POST".equals(exchange.getRequestMethod())
                && exchange.getRequestURI().getPath().matches("/subjects/[^/]+/versions");
        byte[] body = (register ? "{\"id\":" + SCHEMA_ID + "}"
                : "{\"error_code\":40401,\"message\":\"not in this stand-in\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(register ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
