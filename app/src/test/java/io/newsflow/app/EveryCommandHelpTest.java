package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help} prints its usage and nothing else: no picocli WARN (an unescaped {@code %} in a
 * description is one), no ERROR, exit code 0. The commands are found by walking the command tree, so a new
 * command is checked without being listed here.
 */
class EveryCommandHelpTest {

    static Stream<String> commands() {
        Set<String> paths = new LinkedHashSet<>();
        collect(Newsflow.commandLine(), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, Set<String> out) {
        out.add(String.join(" ", path));
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName()) && !name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
            }
        });
    }

    @ParameterizedTest(name = "newsflow {0} --help")
    @MethodSource("commands")
    void helpPrintsUsageWithoutAnyWarningOrError(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        int exit;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            CommandLine line = Newsflow.commandLine();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            exit = line.execute(args.toArray(String[]::new));
        } finally {
            System.setErr(realErr);
        }
        String everything = out + "\n" + err + "\n" + stderr.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(everything).isZero();
        assertThat(out.toString()).startsWith("Usage: newsflow" + (command.isEmpty() ? "" : " " + command));
        assertThat(everything).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("[picocli");
    }

    @Test
    void theWalkFindsNestedCommands() {
        assertThat(commands().toList()).contains("", "run", "bench alerts", "replay enrich", "rules add").hasSizeGreaterThan(20);
    }
}
