package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged command line ({@code target/newsflow.jar} with its {@code lib/}), as the README's
 * {@code ./newsflow} does: the test class path is not the one users get. A test-scoped dependency in
 * app's pom once shadowed one that enrich needs at run time (YAML for {@code --rules}), and every test
 * passed while {@code run --rules rules.yaml} failed with ClassNotFoundException.
 */
class PackagedJarIT {

    @Test
    void aYamlRulesFileIsReadByThePackagedJar(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "- name: Broken\n  query: '\"peace plan'\n");

        Result result = newsflow("rules", "load", rules.toString());

        // The file was parsed (YAML on the class path) and the query refused before any broker is needed.
        assertThat(result.output()).doesNotContain("ClassNotFoundException").contains("Nothing was stored");
        assertThat(result.exitCode()).isNotZero();
    }

    private record Result(int exitCode, String output) {}

    private static Result newsflow(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
        assertThat(jar).as("built by the package phase before integration tests").exists();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
