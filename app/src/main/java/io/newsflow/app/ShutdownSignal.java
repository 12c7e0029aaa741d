package io.newsflow.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command stop cleanly on Ctrl-C or SIGTERM. The JVM does not wait for the main
 * thread once shutdown begins, so the hook waits (bounded) until the command says it has closed its
 * stages: offsets committed, transactions ended, the registry child stopped.
 */
public final class ShutdownSignal implements AutoCloseable {
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    public ShutdownSignal(Duration closeGrace) {
        this.hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(closeGrace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Blocks until the process is asked to stop. */
    public void await() throws InterruptedException {
        stopRequested.await();
    }

    /** Tells the hook that everything is closed; call it last. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown already in progress: the hook is running and has just been released.
        }
    }
}
