package io.newsflow.embedded.registry;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where Apicurio Registry's unpacked distribution lives: a directory with
 * {@code apicurio-registry-app-<version>-runner.jar} and the {@code lib/} its manifest names.
 *
 * <p>Why a search: the same code runs from a test JVM inside Maven (the parent pom points
 * {@code newsflow.registry.home} at {@code embedded/target/apicurio}), from {@code app/target/newsflow.jar}
 * (the app pom unpacks it to {@code app/target/apicurio}, beside {@code lib/}), and from wherever an
 * operator put it ({@code NEWSFLOW_REGISTRY_HOME}). The first candidate holding a runner jar wins; when
 * none does, the error lists every place looked at and how to produce the distribution.
 */
public record RegistryDistribution(Path home, Path runnerJar) {
    /** System property naming the distribution directory; wins over everything else. */
    public static final String HOME_PROPERTY = "newsflow.registry.home";
    /** Environment variable naming the distribution directory. */
    public static final String HOME_ENV = "NEWSFLOW_REGISTRY_HOME";

    private static final String RUNNER_PREFIX = "apicurio-registry-app-";
    private static final String RUNNER_SUFFIX = "-runner.jar";

    /** Finds the distribution or fails with a message naming every candidate and how to build it. */
    public static RegistryDistribution locate() {
        return locate(Optional.ofNullable(System.getProperty(HOME_PROPERTY)),
                Optional.ofNullable(System.getenv(HOME_ENV)), ownCodeLocation());
    }

    /** {@link #locate()} with its three inputs explicit, so that the search order can be tested. */
    static RegistryDistribution locate(Optional<String> property, Optional<String> env, Optional<Path> ownCode) {
        List<String> tried = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        property.filter(s -> !s.isBlank()).ifPresentOrElse(
                p -> candidates.add(new Candidate("system property " + HOME_PROPERTY, Path.of(p))),
                () -> tried.add("system property " + HOME_PROPERTY + " (not set)"));
        env.filter(s -> !s.isBlank()).ifPresentOrElse(
                p -> candidates.add(new Candidate("environment variable " + HOME_ENV, Path.of(p))),
                () -> tried.add("environment variable " + HOME_ENV + " (not set)"));
        ownCode.map(RegistryDistribution::besideCode)
                .ifPresent(p -> candidates.add(new Candidate("beside newsflow's own jar", p)));

        for (Candidate candidate : candidates) {
            Optional<Path> runner = runnerJarIn(candidate.dir());
            if (runner.isPresent()) {
                return new RegistryDistribution(candidate.dir().toAbsolutePath().normalize(), runner.get());
            }
            tried.add(candidate.source() + ": " + candidate.dir().toAbsolutePath().normalize()
                    + (Files.isDirectory(candidate.dir())
                            ? " (no " + RUNNER_PREFIX + "*" + RUNNER_SUFFIX + " in it)" : " (no such directory)"));
        }
        throw new IllegalStateException("Apicurio Registry's distribution was not found. Looked at: "
                + String.join("; ", tried) + ". Build it with `mvn -pl embedded generate-resources` (unpacks to"
                + " embedded/target/apicurio) or `mvn -DskipTests package` (unpacks to app/target/apicurio), or point "
                + HOME_PROPERTY + " / " + HOME_ENV + " at a directory holding " + RUNNER_PREFIX + "<version>"
                + RUNNER_SUFFIX + " and its lib/ directory.");
    }

    /** The runner jar's {@code Main-Class}: the launcher calls it after it starts watching its parent. */
    public String mainClass() {
        try (JarFile jar = new JarFile(runnerJar.toFile())) {
            String main = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (main == null || main.isBlank()) {
                throw new IllegalStateException("The registry runner jar " + runnerJar + " names no Main-Class in its manifest");
            }
            return main.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the manifest of the registry runner jar " + runnerJar, e);
        }
    }

    /**
     * The child JVM's class path: this module's own jar (or classes directory), which holds
     * {@link ParentWatchingLauncher}, then the runner jar, whose manifest brings in {@code lib/}.
     */
    public String childClassPath() {
        Path ownCode = ownCodeLocation().orElseThrow(() -> new IllegalStateException(
                "Cannot tell where newsflow's embedded classes were loaded from, so the registry's launcher"
                        + " cannot be put on the child's class path"));
        return ownCode + File.pathSeparator + runnerJar;
    }

    private static Optional<Path> runnerJarIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(RUNNER_PREFIX) && name.endsWith(RUNNER_SUFFIX) && Files.isRegularFile(f);
            }).sorted().findFirst().map(p -> p.toAbsolutePath().normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code apicurio/} next to the directory holding this module's code: {@code app/target/lib/newsflow-embedded.jar}
     * gives {@code app/target/apicurio}; {@code embedded/target/classes} gives {@code embedded/target/apicurio}.
     */
    private static Path besideCode(Path location) {
        Path dir = Files.isRegularFile(location) ? location.getParent() : location;
        return dir.resolveSibling("apicurio");
    }

    /** The jar or classes directory this module's classes were loaded from. */
    static Optional<Path> ownCodeLocation() {
        CodeSource source = RegistryDistribution.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Candidate(String source, Path dir) {
    }
}
