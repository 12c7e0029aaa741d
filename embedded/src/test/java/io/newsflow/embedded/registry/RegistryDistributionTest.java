package io.newsflow.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDistributionTest {
    private static final String RUNNER = "apicurio-registry-app-2.6.13.Final-runner.jar";

    @TempDir
    Path tmp;

    @Test
    void systemPropertyWinsOverEverythingElse() throws IOException {
        Path byProperty = distribution(tmp.resolve("by-property"));
        Path byEnv = distribution(tmp.resolve("by-env"));

        RegistryDistribution found = RegistryDistribution.locate(
                Optional.of(byProperty.toString()), Optional.of(byEnv.toString()), Optional.empty());

        assertThat(found.home()).isEqualTo(byProperty);
        assertThat(found.runnerJar()).isEqualTo(byProperty.resolve(RUNNER));
    }

    @Test
    void environmentVariableIsUsedWhenThePropertyPointsNowhere() throws IOException {
        Path byEnv = distribution(tmp.resolve("by-env"));

        RegistryDistribution found = RegistryDistribution.locate(
                Optional.of(tmp.resolve("missing").toString()), Optional.of(byEnv.toString()), Optional.empty());

        assertThat(found.home()).isEqualTo(byEnv);
    }

    @Test
    void appLayoutFindsApicurioBesideTheLibDirectory() throws IOException {
        Path target = tmp.resolve("app/target");
        Path jar = Files.createDirectories(target.resolve("lib")).resolve("newsflow-embedded-0.1.0.jar");
        Files.createFile(jar);
        distribution(target.resolve("apicurio"));

        RegistryDistribution found = RegistryDistribution.locate(Optional.empty(), Optional.empty(), Optional.of(jar));

        assertThat(found.home()).isEqualTo(target.resolve("apicurio"));
    }

    @Test
    void buildLayoutFindsApicurioBesideTheClassesDirectory() throws IOException {
        Path target = tmp.resolve("embedded/target");
        Path classes = Files.createDirectories(target.resolve("classes"));
        distribution(target.resolve("apicurio"));

        RegistryDistribution found = RegistryDistribution.locate(Optional.empty(), Optional.empty(), Optional.of(classes));

        assertThat(found.home()).isEqualTo(target.resolve("apicurio"));
    }

    @Test
    void missingDistributionNamesEveryPlaceSearchedAndHowToBuildIt() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path classes = Files.createDirectories(tmp.resolve("embedded/target/classes"));

        assertThatThrownBy(() -> RegistryDistribution.locate(
                Optional.of(empty.toString()), Optional.empty(), Optional.of(classes)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("system property newsflow.registry.home: " + empty + " (no apicurio-registry-app-*-runner.jar in it)")
                .hasMessageContaining("environment variable NEWSFLOW_REGISTRY_HOME (not set)")
                .hasMessageContaining(tmp.resolve("embedded/target/apicurio") + " (no such directory)")
                .hasMessageContaining("mvn -pl embedded generate-resources");
    }

    @Test
    void mainClassComesFromTheRunnerManifest() throws IOException {
        Path home = distribution(tmp.resolve("dist"));

        RegistryDistribution found = RegistryDistribution.locate(Optional.of(home.toString()), Optional.empty(), Optional.empty());

        assertThat(found.mainClass()).isEqualTo("io.quarkus.runner.GeneratedMain");
    }

    private static Path distribution(Path home) throws IOException {
        Files.createDirectories(home.resolve("lib"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.quarkus.runner.GeneratedMain");
        try (OutputStream out = Files.newOutputStream(home.resolve(RUNNER));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return home.toAbsolutePath().normalize();
    }
}
