package io.newsflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The loopback port a service of the embedded mode listens on, and the one it was asked for.
 *
 * <p>Why both: other programs attach to {@code newsflow run} by its documented ports (9092 for Kafka, 8081
 * for the registry, as in Confluent's quickstart), so a fixed port is worth asking for; but a second
 * newsflow, a test or another Kafka may hold it, and failing the start for that would help nobody. The
 * service then listens on a free port and says so, {@link #fellBack()} telling the caller to announce it.
 *
 * @param requested the port asked for; 0 means any free port
 * @param port the port listened on
 */
public record ListenPort(int requested, int port) {
    /** Whether the requested port was taken, so {@link #port()} is another one. */
    public boolean fellBack() {
        return requested != 0 && requested != port;
    }

    /** {@code requested} when nothing listens on it on the loopback address (or 0 was asked), else a free port. */
    static ListenPort choose(int requested) {
        if (requested != 0 && isFree(requested)) {
            return new ListenPort(requested, requested);
        }
        return new ListenPort(requested, free());
    }

    /** Any port free on the loopback address now. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
