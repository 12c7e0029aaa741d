package io.newsflow.sink.alert;

import java.io.Closeable;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alerts to webhooks without ever blocking the caller. Each webhook URL gets its own bounded queue
 * and worker thread: a receiver that is slow (bounded by the timeout) or down (retried with exponential
 * backoff) only delays its own alerts. An alert that used all its attempts, that a receiver refused with
 * a 4xx (other than 408 and 429, which are retried), whose hook has no configured secret, or that finds
 * its hook's queue full, is handed to {@code onFailure} (news.dlq), never dropped silently.
 */
public final class WebhookDispatcher implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private record Job(AlertEnvelope envelope, byte[] body, WebhookTarget target) {}

    private final DeliveryConfig config;
    private final HttpClient http;
    private final AlertJson json;
    private final Consumer<DeliveryFailure> onFailure;
    private final Map<String, Hook> hooks = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public WebhookDispatcher(DeliveryConfig config, HttpClient http, AlertJson json, Consumer<DeliveryFailure> onFailure) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.onFailure = onFailure;
    }

    /** Queues the alert for its hook and returns at once. */
    public void submit(AlertEnvelope envelope, WebhookTarget target) {
        if (config.secret(target.secretRef()).isEmpty()) {
            fail(new Job(envelope, null, target), "no secret is configured for webhook secret reference '" + target.secretRef()
                    + "' (set " + DeliveryConfig.SECRET_PREFIX + target.secretRef() + " in the sink's configuration)",
                    "MissingSecret", 0);
            return;
        }
        Hook hook = hooks.computeIfAbsent(target.url().toString(), url -> new Hook(target));
        Job job = new Job(envelope, json.toBytes(envelope.alert()), target);
        if (closed || !hook.queue.offer(job)) {
            fail(job, closed ? "delivery was shutting down" : "the queue of this webhook is full ("
                    + config.queueCapacity() + " alerts waiting): the receiver is too slow or down", "QueueFull", 0);
        }
    }

    /** Alerts waiting or in flight for this URL (for tests and health). */
    public int pending(String url) {
        Hook hook = hooks.get(url);
        return hook == null ? 0 : hook.queue.size() + (hook.busy ? 1 : 0);
    }

    private void fail(Job job, String reason, String errorClass, int attempts) {
        log.warn("Alert {} of rule '{}' not delivered to {} after {} attempt(s): {}", job.envelope().alert().getAlertId(),
                job.envelope().alert().getRuleName(), job.target().display(), attempts, reason);
        try {
            onFailure.accept(new DeliveryFailure(job.envelope(), job.target().display(), reason, errorClass, attempts));
        } catch (RuntimeException e) {
            log.error("Could not record the failed delivery of alert {}: {}", job.envelope().alert().getAlertId(), e.toString());
        }
    }

    /** One receiver: its queue and the thread that empties it. */
    private final class Hook implements Runnable {
        final WebhookTarget target;
        final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(config.queueCapacity());
        final Thread worker;
        volatile boolean busy;

        Hook(WebhookTarget target) {
            this.target = target;
            this.worker = new Thread(this, "webhook " + target.display());
            worker.setDaemon(true);
            worker.start();
        }

        @Override
        public void run() {
            while (!closed || !queue.isEmpty()) {
                Job job;
                try {
                    job = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    break;
                }
                if (job == null) {
                    continue;
                }
                busy = true;
                try {
                    deliver(job);
                } catch (InterruptedException e) {
                    fail(job, "delivery was interrupted by shutdown", "Interrupted", 0);
                    break;
                } finally {
                    busy = false;
                }
            }
            List<Job> left = new ArrayList<>();
            queue.drainTo(left);
            left.forEach(job -> fail(job, "delivery stopped before this alert was sent", "Shutdown", 0));
        }

        private void deliver(Job job) throws InterruptedException {
            String signature = new WebhookSigner(config.secret(target.secretRef()).orElseThrow()).signature(job.body());
            HttpRequest request = HttpRequest.newBuilder(target.url())
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "newsflow-alerts")
                    .header(WebhookSigner.HEADER, signature)
                    .header("X-Newsflow-Alert-Id", job.envelope().alert().getAlertId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(job.body()))
                    .build();
            String lastError = null;
            String lastClass = null;
            int tried = 0;
            for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
                tried = attempt;
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        log.debug("Alert {} delivered to {} (attempt {})", job.envelope().alert().getAlertId(), target.display(), attempt);
                        return;
                    }
                    lastError = "the receiver answered HTTP " + status;
                    lastClass = "HttpStatus";
                    if (status >= 400 && status < 500 && status != 408 && status != 429) {
                        fail(job, lastError + ", which is not worth retrying", lastClass, attempt);
                        return;
                    }
                } catch (HttpTimeoutException e) {
                    lastError = "no answer within " + config.timeout().toMillis() + " ms";
                    lastClass = e.getClass().getName();
                } catch (IOException e) {
                    lastError = "the request failed: " + e;
                    lastClass = e.getClass().getName();
                }
                if (attempt < config.maxAttempts()) {
                    Duration backoff = config.backoff(attempt);
                    if (closed) {
                        break;
                    }
                    Thread.sleep(backoff.toMillis());
                }
            }
            fail(job, lastError, lastClass, tried);
        }
    }

    /** Stops taking alerts; each hook gets {@code grace} to finish what it has, the rest goes to news.dlq. */
    public void close(Duration grace) {
        closed = true;
        long deadline = System.nanoTime() + grace.toNanos();
        for (Hook hook : hooks.values()) {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            try {
                hook.worker.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (hook.worker.isAlive()) {
                hook.worker.interrupt();
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
