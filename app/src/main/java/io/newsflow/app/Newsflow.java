package io.newsflow.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command line. Each subcommand wires one mode from the stage modules; run
 * {@code newsflow --help} or {@code newsflow COMMAND --help}.
 */
@Command(name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Live news feeds, enriched with entities and sentiment, on Apache Kafka.",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.newsflow.app.run.RunCommand.class,
                io.newsflow.app.bench.BenchCommand.class,
                io.newsflow.app.sink.ExportCommand.class,
                io.newsflow.app.enrichbench.EvalCommand.class,
        })
public final class Newsflow implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Newsflow());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
