package io.newsflow.dashboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.dashboard.live.LiveListener;
import io.newsflow.dashboard.query.AlertView;
import io.newsflow.dashboard.query.ArticleSummary;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fans articles and alerts out to every open {@code /api/stream} as server-sent events.
 *
 * <p>The feed's thread (possibly the sink's, right after a commit) only enqueues: one dispatcher thread
 * writes to the clients, so a slow browser never slows the pipeline. When the queue is full the oldest
 * event is dropped (the page reloads lists on reconnect anyway). A comment every 15 s keeps proxies
 * from closing idle streams and finds clients that went away.
 */
public final class LiveStream implements LiveListener, AutoCloseable {
    private static final int QUEUE = 1_000;

    private final ObjectMapper mapper;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor dispatcher;
    private final ScheduledExecutorService heartbeat;
    private final Counter articles;
    private final Counter alerts;
    private final Counter dropped;

    public LiveStream(ObjectMapper mapper, MeterRegistry metrics) {
        this.mapper = mapper;
        this.dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                runnable -> daemon(runnable, "dashboard-sse"), new ThreadPoolExecutor.DiscardOldestPolicy() {
                    @Override
                    public void rejectedExecution(Runnable r, ThreadPoolExecutor executor) {
                        dropped().increment();
                        super.rejectedExecution(r, executor);
                    }
                });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "dashboard-sse-heartbeat"));
        this.heartbeat.scheduleAtFixedRate(() -> dispatcher.execute(() -> broadcast(null, null)), 15, 15, TimeUnit.SECONDS);
        this.articles = Counter.builder("newsflow.dashboard.live.events").tag("type", "article").register(metrics);
        this.alerts = Counter.builder("newsflow.dashboard.live.events").tag("type", "alert").register(metrics);
        this.dropped = Counter.builder("newsflow.dashboard.live.dropped").register(metrics);
        Gauge.builder("newsflow.dashboard.live.clients", clients, Set::size).register(metrics);
    }

    private Counter dropped() {
        return dropped;
    }

    /** Keeps the stream of a newly connected page open until it goes away. */
    public void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        dispatcher.execute(() -> send(client, "hello", "{}"));
    }

    public int clientCount() {
        return clients.size();
    }

    @Override
    public void article(ArticleSummary article) {
        articles.increment();
        enqueue("article", article);
    }

    @Override
    public void alert(AlertView alert) {
        alerts.increment();
        enqueue("alert", alert);
    }

    private void enqueue(String event, Object view) {
        String json;
        try {
            json = mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view that cannot be written as JSON: " + e.getMessage(), e);
        }
        dispatcher.execute(() -> broadcast(event, json));
    }

    private void broadcast(String event, String json) {
        for (SseClient client : clients) {
            if (event == null) {
                sendComment(client);
            } else {
                send(client, event, json);
            }
        }
    }

    private void send(SseClient client, String event, String json) {
        try {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(event, json);
            }
        } catch (RuntimeException e) {
            clients.remove(client);
            client.close();
        }
    }

    private void sendComment(SseClient client) {
        try {
            client.sendComment("keep-alive");
        } catch (RuntimeException e) {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        dispatcher.shutdownNow();
        for (SseClient client : clients) {
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // The server is stopping; a client already gone needs nothing more.
            }
        }
        clients.clear();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
