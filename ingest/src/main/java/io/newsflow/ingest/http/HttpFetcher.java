package io.newsflow.ingest.http;

import io.newsflow.ingest.IngestConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The one HTTP client of ingest. GET with conditional validators, gzip/deflate decoded here (so the
 * size cap also bounds decompression bombs), redirects followed by hand up to a limit with loop
 * detection, every hop of an untrusted link checked by the {@link AddressGuard}, one deadline for the
 * whole exchange, the body counted while it streams and abandoned past the cap, and per-host
 * politeness. Thread-safe; one instance per process.
 */
public final class HttpFetcher {
    private final HttpClient client;
    private final AddressGuard guard;
    private final HostPoliteness politeness;
    private final String userAgent;
    private final long maxBodyBytes;
    private final int maxRedirects;
    private final Duration totalTimeout;
    private final boolean allowPrivateNetworks;

    public HttpFetcher(HttpClient client, AddressGuard guard, HostPoliteness politeness, String userAgent,
                       long maxBodyBytes, int maxRedirects, Duration totalTimeout, boolean allowPrivateNetworks) {
        this.client = client;
        this.guard = guard;
        this.politeness = politeness;
        this.userAgent = userAgent;
        this.maxBodyBytes = maxBodyBytes;
        this.maxRedirects = maxRedirects;
        this.totalTimeout = totalTimeout;
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** The fetcher the configuration describes, on a new client that never follows redirects itself. */
    public static HttpFetcher create(IngestConfig config, String version) {
        return create(config, version, HttpClient.newBuilder(), AddressGuard.system());
    }

    /** As {@link #create(IngestConfig, String)}, on a client builder the caller prepared (a proxy, an executor). */
    public static HttpFetcher create(IngestConfig config, String version, HttpClient.Builder builder, AddressGuard guard) {
        HttpClient client = builder
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new HttpFetcher(client, guard, new HostPoliteness(config.hostDelay()), userAgent(version, config.contactUrl()),
                config.maxBodyBytes(), config.maxRedirects(), config.requestTimeout(), config.allowPrivateNetworks());
    }

    /** {@code newsflow/<version> (+<contact>)}: who we are and how a feed's operator reaches us. */
    public static String userAgent(String version, String contactUrl) {
        return "newsflow/" + (version == null || version.isBlank() ? "dev" : version) + " (+" + contactUrl + ")";
    }

    public String userAgent() {
        return userAgent;
    }

    public FetchResult fetch(FetchRequest request) throws FetchException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + totalTimeout.toNanos();
        URI current;
        try {
            current = URI.create(request.url());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.IO, "Invalid URL " + request.url() + ": " + e.getMessage());
        }
        long[] exchangeNanos = {0};
        Set<String> visited = new HashSet<>();
        visited.add(current.toString());
        for (int hop = 0; ; hop++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || current.getHost() == null) {
                throw new FetchException(FetchException.Kind.IO, "Not an http(s) URL: " + current);
            }
            if (!request.trusted() && !allowPrivateNetworks) {
                guard.check(current.getHost(), current.toString());
            }
            URI target = current;
            HttpResponse<byte[]> response = politeness.call(current.getHost(), () -> {
                long sent = System.nanoTime();
                try {
                    return send(target, request, deadline, start);
                } finally {
                    exchangeNanos[0] += System.nanoTime() - sent;
                }
            });
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, "Redirect " + status + " from " + current
                            + " without a Location header", status, null, null);
                }
                URI next;
                try {
                    next = current.resolve(location.get().strip().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Kind.IO, "Redirect from " + current + " to an invalid URL: " + location.get());
                }
                if (!visited.add(next.toString())) {
                    throw new FetchException(FetchException.Kind.REDIRECT_LOOP, "Redirect loop fetching " + request.url()
                            + ": " + next + " was already visited");
                }
                if (hop + 1 > maxRedirects) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS, "More than " + maxRedirects
                            + " redirects fetching " + request.url());
                }
                current = next;
                continue;
            }
            // Latency of the exchanges themselves, without the time spent waiting for the host's turn.
            Duration elapsed = Duration.ofNanos(exchangeNanos[0]);
            HttpHeaders headers = response.headers();
            if (status == 304) {
                return new FetchResult(304, current.toString(), new byte[0], null,
                        headers.firstValue("ETag").orElse(request.etag()),
                        headers.firstValue("Last-Modified").orElse(request.lastModified()), 0, elapsed);
            }
            if (status == 429 || status == 503) {
                Duration retryAfter = retryAfter(headers.firstValue("Retry-After").orElse(null)).orElse(null);
                throw new FetchException(FetchException.Kind.RATE_LIMITED, "HTTP " + status + " from " + current
                        + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)"), status, retryAfter, null);
            }
            if (status < 200 || status > 299) {
                throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status + " from " + current, status, null, null);
            }
            byte[] wire = response.body();
            byte[] body = decode(wire, headers.firstValue("Content-Encoding").orElse(""), current);
            return new FetchResult(status, current.toString(), body, headers.firstValue("Content-Type").orElse(null),
                    headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                    wire.length, elapsed);
        }
    }

    private HttpResponse<byte[]> send(URI uri, FetchRequest request, long deadline, long start)
            throws FetchException, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(request, start);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", userAgent)
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(), info -> new CappedBody(maxBodyBytes));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(request, start);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BodyTooLarge) {
                throw tooLarge(uri);
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new FetchException(FetchException.Kind.TIMEOUT, "Connect timeout fetching " + uri, 0, null, cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw timeout(request, start);
            }
            throw new FetchException(FetchException.Kind.IO, "Cannot fetch " + uri + ": " + describe(cause), 0, null, cause);
        }
    }

    private FetchException timeout(FetchRequest request, long start) {
        return new FetchException(FetchException.Kind.TIMEOUT, "Timed out after " + totalTimeout.toSeconds()
                + " s fetching " + request.url() + " (ingest.http.timeout)", 0, null, null);
    }

    private FetchException tooLarge(URI uri) {
        return new FetchException(FetchException.Kind.TOO_LARGE, "Response from " + uri + " is larger than "
                + maxBodyBytes + " bytes (ingest.http.max.body.bytes)");
    }

    private byte[] decode(byte[] wire, String contentEncoding, URI uri) throws FetchException {
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return wire;
        }
        try {
            if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(wire)), uri);
            }
            if (encoding.equals("deflate")) {
                // RFC says zlib-wrapped; some servers send raw deflate: try zlib, fall back to raw.
                try {
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(wire)), uri);
                } catch (IOException e) {
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(wire), new Inflater(true)), uri);
                }
            }
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.IO, "Corrupt or truncated " + encoding + " body from " + uri
                    + ": " + describe(e), 0, null, e);
        }
        throw new FetchException(FetchException.Kind.IO, "Unsupported Content-Encoding '" + contentEncoding + "' from " + uri);
    }

    private byte[] readCapped(InputStream in, URI uri) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBodyBytes) {
                throw tooLarge(uri);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Retry-After as delay-seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(java.time.Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("body too large");
        }
    }

    /** Collects the body, abandoning the exchange as soon as it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> buffers = new ArrayList<>();
        private long size;
        private Flow.Subscription subscription;

        CappedBody(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                size += b.remaining();
                buffers.add(b);
            }
            if (size > cap) {
                buffers.clear();
                subscription.cancel();
                result.completeExceptionally(new BodyTooLarge());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            byte[] out = new byte[(int) size];
            int pos = 0;
            for (ByteBuffer b : buffers) {
                int n = b.remaining();
                b.get(out, pos, n);
                pos += n;
            }
            buffers.clear();
            result.complete(out);
        }
    }
}
