package io.newsflow.app.enrichbench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the quality evaluations: each scores newsflow against hand-annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Quality evaluations against hand-annotated gold data.",
        subcommands = {EvalEntitiesCommand.class, EvalStoriesCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
