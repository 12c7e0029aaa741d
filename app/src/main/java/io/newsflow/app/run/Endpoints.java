package io.newsflow.app.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where other programs reach a running {@code newsflow run}: the Kafka bootstrap address and the
 * Confluent-compatible registry URL, announced in one line and written to {@code <data-dir>/endpoints.properties}
 * under the keys newsflow's own settings use, so {@code newsflow rules list --config <data-dir>/endpoints.properties}
 * and any properties-reading client find them.
 *
 * @param kafka the {@code bootstrap.servers} value, e.g. 127.0.0.1:9092
 * @param registryUrl the Confluent-compatible base URL, e.g. http://127.0.0.1:8081/apis/ccompat/v7
 */
public record Endpoints(String kafka, String registryUrl) {
    public static final String FILE_NAME = "endpoints.properties";

    /** The line {@code run} prints. */
    public String announcement() {
        return "Kafka at " + kafka + ", schema registry at " + registryUrl;
    }

    /** Writes the file atomically (a reader never sees half of it), with the process id that serves it. */
    public Path writeTo(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        List<String> lines = new ArrayList<>();
        lines.add("# Written by newsflow run (pid " + ProcessHandle.current().pid() + ") at " + Instant.now()
                + "; removed when it stops. " + announcement() + ".");
        lines.add("kafka.bootstrap.servers=" + kafka);
        lines.add("registry.url=" + registryUrl);
        lines.add("pid=" + ProcessHandle.current().pid());
        try {
            Path temporary = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Removes the file written by {@link #writeTo}: its addresses die with this process. */
    public static void removeFrom(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            // A stale file names a pid that is gone; readers can tell.
        }
    }
}
