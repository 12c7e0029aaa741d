package io.newsflow.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.chaos.broker.BrokerRestartScenario;
import io.newsflow.testkit.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9's broker restart, on a broker of the scenario's own (it stops it); 3,000 articles. */
class BrokerRestartIT {
    @TempDir
    Path workDir;

    @Test
    void aBrokerRestartedMidIngestLosesNothingAndDuplicatesNothing() throws Exception {
        ChaosTarget target = new ChaosTarget("unused:0", TestServices.registryUrl(), TestServices.uniquePrefix(), workDir);
        ScenarioReport report = new BrokerRestartScenario(3000, Duration.ofSeconds(2)).run(target, System.out);
        report.print(System.out);
        assertThat(report.failures()).isEmpty();
        assertThat(report.faults()).isEqualTo(1);
        assertThat(report.checked()).isEqualTo(3000);
        assertThat(report.lost()).isZero();
        assertThat(report.doubled()).isZero();
    }
}
