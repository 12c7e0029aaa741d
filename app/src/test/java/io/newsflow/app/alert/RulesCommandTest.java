package io.newsflow.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RulesCommandTest {
    @Test
    void invalidQueryIsRefusedWithTheParserMessageBeforeAnyConnection() {
        CommandLine commandLine = Newsflow.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("rules", "add", "--name", "Broken", "--query", "peace AND (plan",
                "--set", "kafka.bootstrap.servers=127.0.0.1:9", "--set", "registry.url=http://127.0.0.1:9");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot parse 'peace AND (plan'").contains("Nothing was stored.");
    }

    @Test
    void webhookWithoutSecretIsRefused() {
        CommandLine commandLine = Newsflow.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("rules", "add", "--name", "Hook", "--query", "kyiv", "--webhook", "https://hooks.example/x");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("webhookSecretRef");
    }
}
