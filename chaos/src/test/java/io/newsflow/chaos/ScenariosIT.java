package io.newsflow.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.chaos.evolution.EvolutionScenario;
import io.newsflow.chaos.poison.PoisonScenario;
import io.newsflow.chaos.registry.RegistryOutageScenario;
import io.newsflow.testkit.TestServices;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios of issue 9 that need neither a child JVM nor a broker of their own, on the shared test
 * broker and registry. Each prints what it did and checked, as {@code newsflow chaos} does.
 */
class ScenariosIT {
    @TempDir
    Path workDir;

    private ChaosTarget target() {
        return new ChaosTarget(TestServices.kafkaBootstrap(), TestServices.registryUrl(), TestServices.uniquePrefix(), workDir);
    }

    private static void assertPassed(ScenarioReport report) {
        report.print(System.out);
        assertThat(report.failures()).isEmpty();
        assertThat(report.lost()).isZero();
        assertThat(report.doubled()).isZero();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void poisonRecordsGoToDeadLettersWithReasonsWhileTheArticlesAroundThemAreEnriched() throws Exception {
        ScenarioReport report = new PoisonScenario(20).run(target(), System.out);
        assertPassed(report);
        assertThat(report.faults()).isEqualTo(4);
        assertThat(report.checked()).isEqualTo(44);
    }

    @Test
    void aRegistryOutageAtStartNamesTheUrlAndWhileRunningOnlyUnknownSchemasWaitForItsReturn() throws Exception {
        assertPassed(new RegistryOutageScenario().run(target(), System.out));
    }

    @Test
    void aCompatibleV2ProducerAndOldEnrichWorkTogetherAndAnIncompatibleV2IsRefused() throws Exception {
        assertPassed(new EvolutionScenario(20).run(target(), System.out));
    }
}
