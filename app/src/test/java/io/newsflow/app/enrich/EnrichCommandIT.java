package io.newsflow.app.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.testkit.TestServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichCommandIT {
    @TempDir
    Path dataDir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = Newsflow.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void resetToMovesAStoppedApplicationBackAndSaysWhatItDid() {
        String prefix = TestServices.uniquePrefix();
        Run run = run("enrich", "--set", "kafka.bootstrap.servers=" + TestServices.kafkaBootstrap(),
                "--set", "registry.url=" + TestServices.registryUrl(), "--set", "topic.prefix=" + prefix,
                "--set", "enrich.application.id=" + prefix + "enrich", "--data-dir", dataDir.toString(),
                "--reset-to", "2026-11-01T00:00:00Z");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Reset " + prefix + "enrich to 2026-11-01T00:00:00Z")
                .contains(prefix + "raw is re-read from offsets");
    }

    @Test
    void rejectsAResetInstantThatIsNotIso() {
        Run run = run("enrich", "--set", "kafka.bootstrap.servers=" + TestServices.kafkaBootstrap(),
                "--set", "registry.url=" + TestServices.registryUrl(), "--set", "topic.prefix=" + TestServices.uniquePrefix(),
                "--data-dir", dataDir.toString(), "--reset-to", "yesterday");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--reset-to needs an ISO-8601 instant").doesNotContain("Exception");
    }
}
