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
                io.newsflow.app.run.RunCommand.class,
                io.newsflow.app.ingest.IngestCommand.class,
                io.newsflow.app.enrich.EnrichCommand.class,
                io.newsflow.app.sink.SinkCommand.class,
                io.newsflow.app.dashboard.DashboardCommand.class,
                io.newsflow.app.replay.ReplayCommand.class,
                io.newsflow.app.sink.ExportCommand.class,
                io.newsflow.app.alert.RulesCommand.class,
                io.newsflow.app.alert.AlertsCommand.class,
                io.newsflow.app.enrichbench.EvalCommand.class,
                io.newsflow.app.chaos.ChaosCommand.class,
                io.newsflow.app.bench.BenchCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Newsflow implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = commandLine().execute(args);
        } catch (Throwable e) {
            // An Error (a broken class path, out of memory) escapes picocli: still exit, whatever threads linger.
            System.err.println("newsflow: fatal error: " + e);
            e.printStackTrace();
            exitCode = UserErrorHandler.EXIT_FAILURE;
        }
        System.exit(exitCode);
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
