package io.newsflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DashboardCommandTest {
    @TempDir
    Path dataDir;

    private record Run(int exitCode, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = Newsflow.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void refusesANetworkAddressWithoutAToken() {
        Run run = run("dashboard", "--no-live", "--host", "0.0.0.0", "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("newsflow: Configuration key 'dashboard.token' is required when the dashboard binds to 0.0.0.0");
    }

    @Test
    void saysWhichPortIsTakenInOneSentence() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Run run = run("dashboard", "--no-live", "--port", Integer.toString(taken.getLocalPort()), "--data-dir", dataDir.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("newsflow: Cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use");
        }
    }

    @Test
    void isListedInTheHelp() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Newsflow.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.execute("--help");
        assertThat(out.toString()).contains("dashboard");
    }
}
