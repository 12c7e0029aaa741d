package io.newsflow.app.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample articles bundled in the jar for {@code run --demo} (the seed article among them), copied
 * to a folder so they enter through the same archive loader as any user's files.
 */
final class DemoArticles {
    private static final String INDEX = "/demo/index.txt";

    private DemoArticles() {}

    /** Copies the bundled articles into {@code dir} and returns it. */
    static Path extractTo(Path dir) {
        try (InputStream index = DemoArticles.class.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException("This build has no demo articles (" + INDEX + " is missing from the jar).");
            }
            Files.createDirectories(dir);
            List<String> names = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            for (String name : names) {
                try (InputStream article = DemoArticles.class.getResourceAsStream("/demo/" + name)) {
                    if (article == null) {
                        throw new IllegalStateException("Demo article " + name + " is listed but missing from the jar.");
                    }
                    Files.write(dir.resolve(name), article.readAllBytes());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the demo articles to " + dir, e);
        }
    }
}
