package io.newsflow.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.chaos.crash.CrashScenario;
import io.newsflow.testkit.TestServices;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's crash scenario at CI size: 1,000 articles instead of 5,000 (the full size runs with
 * {@code newsflow chaos crash --articles 5000}); three SIGKILLs of the enrich child JVM.
 */
class CrashIT {
    @TempDir
    Path workDir;

    @Test
    void enrichKilledThreeTimesStillDeliversEachArticleAndAlertExactlyOnce() throws Exception {
        ChaosTarget target = new ChaosTarget(TestServices.kafkaBootstrap(), TestServices.registryUrl(),
                TestServices.uniquePrefix(), workDir);
        ScenarioReport report = new CrashScenario(1000, 3, 3, 20261128L).run(target, System.out);
        report.print(System.out);
        assertThat(report.failures()).isEmpty();
        assertThat(report.faults()).isEqualTo(3);
        assertThat(report.lost()).isZero();
        assertThat(report.doubled()).isZero();
        assertThat(report.passed()).isTrue();
    }
}
