package io.newsflow.app.replay;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow replay}: the group of replay commands; alone it prints their usage. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-runs a time range of history: re-enrichment from news.raw, or the store from news.enriched.",
        subcommands = {ReplayEnrichCommand.class, ReplaySinkCommand.class})
public final class ReplayCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
