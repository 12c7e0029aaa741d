package io.newsflow.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmarks; each prints throughput and latency percentiles against a baseline of the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (outside the test suite): each compares newsflow with a baseline measured in the same run.",
        subcommands = {
                io.newsflow.app.ingest.BenchIngestCommand.class,
                io.newsflow.app.alert.AlertsBenchCommand.class,
                io.newsflow.app.sink.SinkBenchCommand.class,
                io.newsflow.app.enrichbench.EnrichBenchCommand.class,
                io.newsflow.app.bench.e2e.E2eBenchCommand.class,
                io.newsflow.app.bench.replay.ReplayBenchCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
