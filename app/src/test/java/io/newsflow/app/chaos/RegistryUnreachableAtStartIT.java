package io.newsflow.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.testkit.TestServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 9, registry outage at start-up, through the command line: {@code newsflow enrich} against a
 * registry nobody listens on exits 1 with one sentence naming the registry URL, not a stack trace.
 */
class RegistryUnreachableAtStartIT {
    @TempDir
    Path dataDir;

    @Test
    void enrichExitsWithASentenceNamingTheRegistryUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/apis/ccompat/v7";
        StringWriter err = new StringWriter();
        CommandLine commandLine = Newsflow.commandLine();
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("enrich",
                "--set", "kafka.bootstrap.servers=" + TestServices.kafkaBootstrap(),
                "--set", "registry.url=" + url,
                "--set", "registry.retry.max.attempts=2",
                "--set", "registry.retry.backoff.ms=10",
                "--set", "topic.prefix=" + TestServices.uniquePrefix(),
                "--set", "data.dir=" + dataDir);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("newsflow: Schema Registry at " + url + " is unreachable")
                .doesNotContain("unexpected error")
                .doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }
}
