package io.newsflow.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker (KRaft, combined broker and controller) running inside this JVM.
 *
 * <p>Why in-process: newsflow must run with nothing installed but Java, and tests need a real broker
 * (transactions, compaction, consumer groups) without Docker. One node is enough for both, provided
 * every internal topic asks for replication factor 1 and min ISR 1; otherwise consumer groups and
 * transactions wait forever for replicas that will never exist, without an error.
 *
 * <p>Both ports are chosen before the configuration is built because the static controller quorum
 * ({@code controller.quorum.voters}) must name the real controller port. The client port may be asked for
 * ({@link #start(Path, int)}: other programs attach to a known port) and is replaced by a free one when taken. The storage is formatted only
 * once ({@code meta.properties} marks a formatted directory), so a broker restarted on the same data
 * directory keeps its topics and records even though it listens on new ports.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int MAX_PORT_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final DataDirLock lock;
    private final Path dataDir;
    private final ListenPort port;
    private final boolean temporary;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(KafkaRaftServer server, DataDirLock lock, Path dataDir, ListenPort port, boolean temporary) {
        this.server = server;
        this.lock = lock;
        this.dataDir = dataDir;
        this.port = port;
        this.temporary = temporary;
    }

    /**
     * Starts a broker whose log directory is {@code dataDir} (created and formatted on first use, reused
     * afterwards). The directory belongs to the broker: keep other files out of it.
     */
    public static EmbeddedKafka start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** As {@link #start(Path)}, with broker properties that override the defaults of this class. */
    public static EmbeddedKafka start(Path dataDir, Map<String, String> overrides) {
        return start(dataDir, overrides, false, 0);
    }

    /**
     * As {@link #start(Path)}, with clients served on {@code port} when it is free; when it is taken the broker
     * listens on a free port instead ({@link #port()} says which). 0 means any free port.
     */
    public static EmbeddedKafka start(Path dataDir, int port) {
        return start(dataDir, Map.of(), false, port);
    }

    /** Starts a broker on a fresh temporary directory that {@link #close()} deletes: for tests. */
    public static EmbeddedKafka startTemporary() {
        try {
            return start(Files.createTempDirectory("newsflow-kafka-"), Map.of(), true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory for the embedded broker", e);
        }
    }

    private static EmbeddedKafka start(Path dataDir, Map<String, String> overrides, boolean temporary, int port) {
        long started = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the broker's data directory " + dir, e);
        }
        DataDirLock lock = DataDirLock.acquire(dir);
        try {
            formatOnce(dir);
            return startOnFreePorts(dir, overrides, temporary, lock, started, port);
        } catch (RuntimeException e) {
            lock.release();
            if (temporary) {
                deleteRecursively(dir);
            }
            throw e;
        }
    }

    private static EmbeddedKafka startOnFreePorts(Path dir, Map<String, String> overrides, boolean temporary,
            DataDirLock lock, long started, int requestedPort) {
        for (int attempt = 1; ; attempt++) {
            // The requested port is tried first; a retry after a lost race takes any free one.
            ListenPort listen = attempt == 1 ? ListenPort.choose(requestedPort) : new ListenPort(requestedPort, freeLoopbackPort());
            int brokerPort = listen.port();
            int controllerPort = freeLoopbackPort();
            while (controllerPort == brokerPort) {
                controllerPort = freeLoopbackPort();
            }
            Map<String, String> props = brokerProperties(dir, brokerPort, controllerPort);
            props.putAll(overrides);
            try {
                KafkaRaftServer server = startServer(new KafkaConfig(props, false));
                if (listen.fellBack()) {
                    log.info("Port {} is taken: the embedded Kafka broker listens on {} instead", requestedPort, brokerPort);
                }
                log.info("Embedded Kafka broker ready at 127.0.0.1:{} on {} in {} ms", brokerPort, dir,
                        (System.nanoTime() - started) / 1_000_000);
                return new EmbeddedKafka(server, lock, dir, listen, temporary);
            } catch (RuntimeException e) {
                if (isBindFailure(e) && attempt < MAX_PORT_ATTEMPTS) {
                    // Another process took a port between our probe and the broker's bind: pick new ones.
                    log.warn("Ports {}/{} were taken before the broker could bind them; retrying", brokerPort, controllerPort);
                    continue;
                }
                log.error("Embedded Kafka broker failed to start on {}", dir, e);
                throw new IllegalStateException("The embedded Kafka broker could not start on data directory " + dir
                        + " (ports " + brokerPort + "/" + controllerPort + "): " + rootMessage(e), e);
            }
        }
    }

    private static KafkaRaftServer startServer(KafkaConfig config) {
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
            return server;
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            throw e;
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + root + ")";
    }

    /** The {@code bootstrap.servers} value for clients of this broker. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port.port();
    }

    /** The port clients connect to, and the one asked for. */
    public ListenPort port() {
        return port;
    }

    /** The broker's log directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker and waits until it has stopped; a temporary broker also deletes its directory. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        shutdownQuietly(server);
        lock.release();
        if (temporary) {
            deleteRecursively(dataDir);
        }
        log.info("Embedded Kafka broker at {} stopped", bootstrapServers());
    }

    private static Map<String, String> brokerProperties(Path dir, int brokerPort, int controllerPort) {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", dir.toString());

        // One node: every internal topic must be satisfied by a single replica.
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "5");
        // Nobody else will join: do not wait 3 s before the first rebalance of each group.
        p.put("group.initial.rebalance.delay.ms", "0");

        // Small footprint on a laptop: modest thread pools, segments and cleaner buffers.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        p.put("log.cleaner.backoff.ms", "5000");
        p.put("offsets.topic.segment.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("transaction.state.log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    private static void formatOnce(Path dir) {
        if (Files.exists(dir.resolve("meta.properties"))) {
            return;
        }
        Logger formatLog = LoggerFactory.getLogger(Formatter.class);
        try (PrintStream out = new PrintStream(new LineLogger(formatLog), true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setPrintStream(out)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the broker storage in " + dir + ": " + e.getMessage(), e);
        }
        log.info("Formatted KRaft storage in {}", dir);
    }

    static int freeLoopbackPort() {
        return ListenPort.free();
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Embedded Kafka broker did not shut down cleanly", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the temporary broker directory {}", dir, e);
        }
    }

    /** Sends what the formatter prints to the log, one line at a time, instead of to stdout. */
    private static final class LineLogger extends OutputStream {
        private final Logger target;
        private final StringBuilder line = new StringBuilder();

        LineLogger(Logger target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                flushLine();
            } else {
                line.append((char) b);
            }
        }

        @Override
        public void close() {
            flushLine();
        }

        private void flushLine() {
            if (line.length() > 0) {
                target.info(line.toString());
                line.setLength(0);
            }
        }
    }
}
