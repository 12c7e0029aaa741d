package io.newsflow.ingest.http;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, and at least {@code delay} between the end of one and the start of
 * the next, so that however many feeds a site has, it sees newsflow as one slow reader.
 */
public final class HostPoliteness {
    private final long delayNanos;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = Long.MIN_VALUE;
    }

    public HostPoliteness(java.time.Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Runs {@code call} as the only request to {@code host}, after the host's pause has passed. */
    public <T> T call(String host, Call<T> call) throws FetchException, InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host());
        h.lock.lockInterruptibly();
        try {
            long wait = h.nextAllowedNanos - System.nanoTime();
            if (h.nextAllowedNanos != Long.MIN_VALUE && wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            try {
                return call.run();
            } finally {
                h.nextAllowedNanos = System.nanoTime() + delayNanos;
            }
        } finally {
            h.lock.unlock();
        }
    }

    /** A request body that may throw its own checked exception. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws FetchException, InterruptedException;
    }

    /** Hosts seen so far (for metrics). */
    public int hostCount() {
        return hosts.size();
    }
}
