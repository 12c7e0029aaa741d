package io.newsflow.testkit;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The services an integration test needs, one of each per test JVM: an embedded Kafka broker, an Apicurio
 * registry, and checks for the external services (PostgreSQL, Chromium, Node.js) that skip a test when the service
 * is missing on a laptop but fail it when {@code CI=true}, so that CI never passes by skipping.
 *
 * <p>Why one broker and one registry per JVM: starting them costs seconds and hundreds of MB, while tests
 * isolate themselves cheaply with {@link #uniquePrefix()} topic prefixes. They start lazily, so a test JVM
 * that needs neither pays nothing.
 *
 * <p>Why a JVM shutdown hook closes them rather than a JUnit root-store {@code CloseableResource}: the
 * root store needs an {@code ExtensionContext}, which would force every caller (property tests, plain
 * helpers, static fixtures) to be a JUnit extension or receive one; the hook works for any caller and runs
 * after the last test of the fork. The registry child cannot leak even if the hook never runs: it halts
 * itself when this JVM is gone.
 *
 * <p>This is the one place in newsflow with static state, on purpose: "one per JVM" is its whole job.
 */
public final class TestServices {
    /** The PostgreSQL every PostgreSQL test uses: database {@code test}, user postgres, trust authentication. */
    public static final String POSTGRES_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static final Lazy<EmbeddedKafka> KAFKA = new Lazy<>("Kafka broker", EmbeddedKafka::startTemporary);
    private static final Lazy<EmbeddedRegistry> REGISTRY = new Lazy<>("schema registry", TestServices::startRegistry);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestServices::closeAll, "newsflow-test-services-shutdown"));
    }

    private TestServices() {
    }

    /** {@code bootstrap.servers} of this JVM's broker, started on first call. */
    public static String kafkaBootstrap() {
        return KAFKA.get().bootstrapServers();
    }

    /** The Confluent-compatible URL (ending in {@code /apis/ccompat/v7}) of this JVM's registry, started on first call. */
    public static String registryUrl() {
        return REGISTRY.get().url();
    }

    /** A topic prefix no other call in this JVM returns, e.g. {@code "t3."}: tests share the broker, not topics. */
    public static String uniquePrefix() {
        return "t" + PREFIXES.incrementAndGet() + ".";
    }

    /**
     * {@value #POSTGRES_JDBC_URL} once a connection succeeded (plain JDBC when the driver is on the class
     * path, else a TCP connect); otherwise skips the test, or fails it when {@code CI=true}.
     */
    public static String postgresJdbcUrl() {
        String problem = postgresProblem();
        if (problem != null) {
            unavailable("PostgreSQL at 127.0.0.1:5432 (database test, user postgres, trust authentication) is not"
                    + " available: " + problem + ". Start one, e.g. `apt-get install postgresql` and"
                    + " `createdb -U postgres test`.");
        }
        return POSTGRES_JDBC_URL;
    }

    /** Chromium and chromedriver at their Debian paths; otherwise skips the test, or fails it when {@code CI=true}. */
    public static Chromium requireChromium() {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                unavailable(binary + " is missing or not executable: browser tests need Debian's chromium and"
                        + " chromium-driver (`apt-get install chromium chromium-driver`).");
            }
        }
        return new Chromium(CHROMIUM, CHROMEDRIVER);
    }

    /** Requires something listening on {@code host:port}; otherwise skips the test, or fails it when {@code CI=true}. */
    public static void requireService(String name, String host, int port) {
        String problem = tcpProblem(host, port);
        if (problem != null) {
            unavailable(name + " is not reachable at " + host + ":" + port + ": " + problem + ".");
        }
    }

    /**
     * Node.js on the PATH and the npm packages of {@code packageDir} installed ({@code npm ci}, as {@code .ci/run}
     * does); otherwise skips the test, or fails it when {@code CI=true}.
     */
    public static Path requireNode(Path packageDir) {
        Path node = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (node == null && Files.isExecutable(candidate)) {
                node = candidate;
            }
        }
        if (node == null) {
            unavailable("node is not on the PATH: interoperability tests run Node.js clients (`apt-get install nodejs npm`).");
        }
        if (!Files.isDirectory(packageDir.resolve("node_modules"))) {
            unavailable(packageDir.toAbsolutePath().normalize() + "/node_modules is missing: run `npm ci` there (.ci/run does).");
        }
        return node;
    }

    /** Where the browser tests find the browser and its WebDriver. */
    public record Chromium(Path browser, Path driver) {
    }

    private static void unavailable(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: a missing service fails the build instead of skipping the test)");
        }
        Assumptions.abort(message + " Skipping this test (it fails instead when CI=true).");
    }

    private static String postgresProblem() {
        if (!driverPresent("org.postgresql.Driver")) {
            return tcpProblem("127.0.0.1", 5432);
        }
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(POSTGRES_JDBC_URL)) {
            return connection.isValid(3) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static boolean driverPresent(String className) {
        try {
            Class.forName(className, false, TestServices.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String tcpProblem(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private static EmbeddedRegistry startRegistry() {
        try {
            Path workDir = Files.createTempDirectory("newsflow-registry-test-");
            return EmbeddedRegistry.startInMemory(workDir);
        } catch (IOException e) {
            throw new IllegalStateException("Could not create a work directory for the test registry", e);
        }
    }

    private static void closeAll() {
        REGISTRY.ifStarted(registry -> {
            registry.close();
            deleteRecursively(registry.logFile().getParent());
        });
        KAFKA.ifStarted(EmbeddedKafka::close);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless.
        }
    }

    /**
     * Starts a service on first use and remembers a failure, so that every later test reports the original
     * cause instead of a bare {@code NoClassDefFoundError}.
     */
    private static final class Lazy<T> {
        private final String name;
        private final Supplier<T> starter;
        private T value;
        private RuntimeException failure;

        Lazy(String name, Supplier<T> starter) {
            this.name = name;
            this.starter = starter;
        }

        synchronized T get() {
            if (value != null) {
                return value;
            }
            if (failure != null) {
                throw new IllegalStateException("The test " + name + " failed to start earlier in this JVM: "
                        + failure.getMessage(), failure);
            }
            try {
                value = starter.get();
                return value;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }

        synchronized void ifStarted(java.util.function.Consumer<T> action) {
            if (value != null) {
                action.accept(value);
            }
        }
    }
}
