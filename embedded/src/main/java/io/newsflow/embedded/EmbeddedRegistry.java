package io.newsflow.embedded;

import io.newsflow.embedded.registry.ParentWatchingLauncher;
import io.newsflow.embedded.registry.RegistryDistribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry (Confluent-compatible API) as a child JVM on a free loopback port, with BACKWARD
 * compatibility as the global rule.
 *
 * <p>Why a child process: the registry is a Quarkus application with ~300 jars of its own that would
 * clash with ours on one class path; as a child it costs ~220 MB RSS and a few seconds.
 *
 * <p>Why {@link #start(Path)} keeps the schemas on disk: records in a persistent broker carry schema ids.
 * Apicurio's default storage is an in-memory H2 database that numbers schemas afresh at every start, so
 * after a restart an old id could name a newer schema and old records would be decoded with the wrong
 * writer schema. Pointing the same H2 at a file in the work directory keeps ids stable (flushed at every
 * commit, so a SIGKILL loses nothing acknowledged). Tests, whose topics die with the JVM, use
 * {@link #startInMemory(Path)}.
 *
 * <p>Why BACKWARD is set here: Apicurio's default global rule is NONE, unlike a Confluent registry, and
 * newsflow's contracts promise that an incompatible schema change is refused.
 *
 * <p>The child never outlives this JVM: it runs under {@link ParentWatchingLauncher}, which halts it when
 * this process is gone (also after SIGKILL), and a shutdown hook destroys it on an ordinary exit.
 */
public final class EmbeddedRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRegistry.class);
    /** Long enough for a loaded 2-core machine; a healthy start takes 3-5 s. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
    private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    private static final int LOG_TAIL_LINES = 40;
    private static final int MAX_PORT_ATTEMPTS = 3;
    private static final String DB_DIR = "registry-db";

    private final Process process;
    private final ListenPort port;
    private final Path logFile;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedRegistry(Process process, ListenPort port, Path logFile, Thread shutdownHook) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts the registry found by {@link RegistryDistribution#locate()} with its schemas stored under
     * {@code workDir/registry-db} (kept across restarts); its log goes to {@code workDir/registry.log}.
     */
    public static EmbeddedRegistry start(Path workDir) {
        return start(workDir, 0);
    }

    /**
     * As {@link #start(Path)}, listening on {@code port} when it is free; when it is taken the registry listens on
     * a free port instead ({@link #port()} says which). 0 means any free port.
     */
    public static EmbeddedRegistry start(Path workDir, int port) {
        return start(workDir, Storage.PERSISTENT, RegistryDistribution.locate(), DEFAULT_START_TIMEOUT, port);
    }

    /** As {@link #start(Path)}, but the schemas live in memory and die with the child: for tests. */
    public static EmbeddedRegistry startInMemory(Path workDir) {
        return start(workDir, Storage.IN_MEMORY, RegistryDistribution.locate(), DEFAULT_START_TIMEOUT, 0);
    }

    /**
     * Starts the registry of {@code distribution} on {@code requestedPort} when it is free (else on a free port; 0
     * means any) and waits up to {@code timeout} until its API answers.
     */
    public static EmbeddedRegistry start(Path workDir, Storage storage, RegistryDistribution distribution,
            Duration timeout, int requestedPort) {
        long started = System.nanoTime();
        Path dir = workDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the registry's work directory " + dir, e);
        }
        Path logFile = dir.resolve("registry.log");
        for (int attempt = 1; ; attempt++) {
            // The requested port is tried first; a retry after a lost race takes any free one.
            ListenPort port = attempt == 1 ? ListenPort.choose(requestedPort) : new ListenPort(requestedPort, ListenPort.free());
            try {
                EmbeddedRegistry registry = launch(dir, logFile, command(distribution, storage, dir, port.port()), port, timeout);
                if (port.fellBack()) {
                    log.info("Port {} is taken: the schema registry listens on {} instead", requestedPort, port.port());
                }
                log.info("Schema registry ready at {} (pid {}) in {} ms; log {}", registry.url(), registry.pid(),
                        (System.nanoTime() - started) / 1_000_000, logFile);
                return registry;
            } catch (PortTakenException e) {
                // Another process took the port between our probe and the child's bind: pick another one.
                if (attempt == MAX_PORT_ATTEMPTS) {
                    throw e;
                }
                log.warn("Port {} was taken before the registry could bind it; retrying on another port", port.port());
            }
        }
    }

    private static EmbeddedRegistry launch(Path dir, Path logFile, List<String> command, ListenPort port, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the registry child process: " + String.join(" ", command), e);
        }
        Thread hook = new Thread(() -> destroyAndWait(process), "newsflow-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        EmbeddedRegistry registry = new EmbeddedRegistry(process, port, logFile, hook);
        try {
            registry.awaitReady(timeout);
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    /** The Confluent-compatible base URL, e.g. {@code http://127.0.0.1:41234/apis/ccompat/v7}. */
    public String url() {
        return "http://127.0.0.1:" + port.port() + CCOMPAT_PATH;
    }

    /** The port the registry listens on, and the one asked for. */
    public ListenPort port() {
        return port;
    }

    /** The child's process id (to observe it, e.g. its memory). */
    public long pid() {
        return process.pid();
    }

    /** The file receiving the child's standard output and error. */
    public Path logFile() {
        return logFile;
    }

    /** Destroys the child and waits until it has exited. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to run and does the same thing.
        }
        destroyAndWait(process);
        log.info("Schema registry at {} stopped", url());
    }

    private static List<String> command(RegistryDistribution distribution, Storage storage, Path dir, int port) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dregistry.rules.global.compatibility=BACKWARD"));
        if (storage == Storage.PERSISTENT) {
            // The distribution reads its H2 URL from REGISTRY_DATASOURCE_URL (default jdbc:h2:mem:registry_db).
            command.add("-DREGISTRY_DATASOURCE_URL=jdbc:h2:file:" + dir.resolve(DB_DIR).resolve("registry") + ";WRITE_DELAY=0");
        }
        command.addAll(List.of(
                "-cp", distribution.childClassPath(),
                ParentWatchingLauncher.class.getName(),
                Long.toString(ProcessHandle.current().pid()),
                distribution.mainClass()));
        return List.copyOf(command);
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = tail();
                String message = "The schema registry child process exited with code " + process.exitValue()
                        + " before it was ready on port " + port.port() + ". Last lines of " + logFile + ":\n" + tail;
                throw tail.contains("in use by another process") || tail.contains("Address already in use")
                        ? new PortTakenException(message) : new IllegalStateException(message);
            }
            try {
                HttpResponse<Void> response = http.send(probe, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastProblem = "HTTP " + response.statusCode();
            } catch (ConnectException e) {
                lastProblem = "connection refused";
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
            }
            sleep(100);
        }
        throw new IllegalStateException("The schema registry did not answer " + url() + "/subjects within "
                + timeout.toSeconds() + " s (last: " + lastProblem + "). Last lines of " + logFile + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read the log: " + e.getMessage() + ")";
        }
    }

    /**
     * Kills the child outright: its storage is in memory and discarded either way, and a graceful Quarkus
     * shutdown would add seconds to every exit of newsflow and of every test JVM.
     */
    private static void destroyAndWait(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                log.warn("The schema registry child process {} did not exit within 30 s of SIGKILL", process.pid());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
        }
    }

    /** The child could not bind its port: worth another try on a fresh one. */
    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
        }
    }

    /** Where the registry keeps its schemas. */
    public enum Storage {
        /** An H2 file under the work directory: schema ids stay valid across restarts. */
        PERSISTENT,
        /** Apicurio's default in-memory H2: nothing survives the child. */
        IN_MEMORY
    }
}
