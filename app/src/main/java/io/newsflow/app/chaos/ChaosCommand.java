package io.newsflow.app.chaos;

import io.newsflow.app.UserFacingException;
import io.newsflow.app.logging.EmbeddedModeLogging;
import io.newsflow.chaos.ChaosTarget;
import io.newsflow.chaos.ScenarioReport;
import io.newsflow.chaos.broker.BrokerRestartScenario;
import io.newsflow.chaos.crash.CrashScenario;
import io.newsflow.chaos.evolution.EvolutionScenario;
import io.newsflow.chaos.poison.PoisonScenario;
import io.newsflow.chaos.registry.RegistryOutageScenario;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedRegistry;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow chaos SCENARIO}: runs one of issue 9's fault scenarios by hand, on an embedded broker
 * and registry of its own under a work directory, and prints what it did and what it verified. The
 * same scenarios run in the chaos module's integration tests at CI size; here the sizes are the
 * issue's (5,000 articles for crash). Exit code 0 only when every check held and nothing was lost.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Runs a fault scenario on an embedded broker and registry and prints what it did and verified.",
                "SCENARIO: poison, crash, broker-restart, registry-outage, evolution or all."})
public final class ChaosCommand implements Callable<Integer> {
    static final List<String> SCENARIOS = List.of("poison", "crash", "broker-restart", "registry-outage", "evolution");

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "poison | crash | broker-restart | registry-outage | evolution | all")
    String scenario;

    @Option(names = "--articles", paramLabel = "N",
            description = "Load: crash 5000, broker-restart 3000, evolution 20 per schema version, poison 20 good articles on each side.")
    Integer articles;

    @Option(names = "--kills", paramLabel = "N", defaultValue = "3", description = "crash: SIGKILLs of the enrich child JVM (default 3).")
    int kills;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "2",
            description = "crash: the model-free enricher's delay per article, so kills land mid-work (default 2).")
    long delayMillis;

    @Option(names = "--seed", paramLabel = "N", description = "crash: seed of the kill moments (default: the clock).")
    Long seed;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the broker, registry, state, store and child logs go (default: a new temporary directory).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        List<String> chosen = scenario.equals("all") ? SCENARIOS : List.of(scenario);
        if (!SCENARIOS.containsAll(chosen)) {
            throw new UserFacingException("Unknown scenario '" + scenario + "': choose one of " + String.join(", ", SCENARIOS) + " or all.");
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newsflow-chaos-");
        PrintStream out = System.out;
        out.println("newsflow chaos: work directory " + dir + ", log " + EmbeddedModeLogging.moveTo(dir));
        List<ScenarioReport> reports = new ArrayList<>();
        try (EmbeddedRegistry registry = EmbeddedRegistry.startInMemory(dir.resolve("registry"));
             EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            int run = 0;
            for (String name : chosen) {
                run++;
                ChaosTarget target = new ChaosTarget(kafka.bootstrapServers(), registry.url(), "chaos" + System.currentTimeMillis() % 100_000 + "x" + run + ".",
                        dir.resolve(name));
                ScenarioReport report = run(name, target, out);
                report.print(out);
                reports.add(report);
            }
        }
        out.println();
        reports.forEach(r -> out.println(r.summary()));
        return reports.stream().allMatch(ScenarioReport::passed) ? 0 : 1;
    }

    private ScenarioReport run(String name, ChaosTarget target, PrintStream out) throws Exception {
        Files.createDirectories(target.workDir());
        return switch (name) {
            case "poison" -> new PoisonScenario(size(20)).run(target, out);
            case "crash" -> new CrashScenario(size(5000), kills, delayMillis, seed != null ? seed : System.nanoTime()).run(target, out);
            case "broker-restart" -> new BrokerRestartScenario(size(3000), Duration.ofSeconds(2)).run(target, out);
            case "registry-outage" -> new RegistryOutageScenario().run(target, out);
            case "evolution" -> new EvolutionScenario(size(20)).run(target, out);
            default -> throw new IllegalStateException(name);
        };
    }

    private int size(int defaultSize) {
        if (articles == null) {
            return defaultSize;
        }
        if (articles < 1) {
            throw new UserFacingException("--articles must be at least 1, not " + articles + ".");
        }
        return articles;
    }

}
