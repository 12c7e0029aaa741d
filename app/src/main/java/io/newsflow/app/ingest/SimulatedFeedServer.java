package io.newsflow.app.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server that plays N feeds for the ingest benchmark: {@code /feed/<n>} is an RSS 2.0
 * feed of 20 items with an ETag per version, answering 304 to a matching If-None-Match. Reached as a
 * forward proxy, so feed URLs can name many hosts ({@code host-<k>.sim.test}) and per-host politeness
 * behaves as with real sites. Bodies are generated per request (nothing cached), and the CPU time of
 * the server's own threads is measured so that it can be subtracted from the process's.
 */
final class SimulatedFeedServer implements AutoCloseable {
    static final int ITEMS = 20;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String PARAGRAPH = "Officials said on Tuesday that the talks would continue next week, after a round of"
            + " meetings that both sides described as constructive. Analysts expect a draft agreement before the end of the month,"
            + " although several points remain open, including the timetable and the monitoring arrangements. ";

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicIntegerArray versions;
    private final Set<Long> serverThreads = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final Instant epoch = Instant.parse("2025-11-01T00:00:00Z");

    SimulatedFeedServer(int feeds, int threads) throws IOException {
        versions = new AtomicIntegerArray(feeds);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sim-feed-server");
            t.setDaemon(true);
            serverThreads.add(t.getId());
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/feed/", exchange -> {
            try (exchange) {
                serverThreads.add(Thread.currentThread().getId());
                requests.incrementAndGet();
                String path = exchange.getRequestURI().getPath();
                int n = Integer.parseInt(path.substring("/feed/".length()));
                int version = versions.get(n);
                String etag = "\"" + n + "-" + version + "\"";
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.getResponseHeaders().set("ETag", etag);
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = feed(n, version).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        // The dispatcher thread is the server's too.
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HTTP-Dispatcher")) {
                serverThreads.add(t.getId());
            }
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Publishes a new item in feed {@code n} (its ETag changes). */
    void publishNewItem(int n) {
        versions.incrementAndGet(n);
    }

    long requests() {
        return requests.get();
    }

    long notModified() {
        return notModified.get();
    }

    /** CPU nanoseconds used so far by the server's threads. */
    long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : serverThreads) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }

    private String feed(int n, int version) {
        StringBuilder out = new StringBuilder(ITEMS * 800);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Simulated feed ").append(n)
                .append("</title><link>https://site-").append(n).append(".sim.test/</link><description>Feed ").append(n)
                .append("</description>");
        for (int i = 0; i < ITEMS; i++) {
            int item = version + ITEMS - i;
            Instant published = epoch.plusSeconds(3600L * item + n);
            out.append("<item><title>Story ").append(item).append(" of feed ").append(n).append("</title>")
                    .append("<link>https://site-").append(n).append(".sim.test/story/").append(item).append("?utm_source=rss</link>")
                    .append("<guid>sim-").append(n).append('-').append(item).append("</guid>")
                    .append("<pubDate>").append(RFC_1123.format(published)).append("</pubDate>")
                    .append("<description><![CDATA[<p>").append(PARAGRAPH).append("</p><p>Feed ").append(n).append(", item ")
                    .append(item).append(". ").append(PARAGRAPH).append("</p>]]></description></item>");
        }
        return out.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
