package io.newsflow.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryOrphanIT {
    static final String PID_PREFIX = "REGISTRY_PID=";

    @Test
    void registryDiesWhenItsParentIsKilledWithSigkill(@TempDir Path workDir) throws Exception {
        Process holder = startHolder(workDir);
        long pid = registryPid(holder);
        assertThat(isRunning(pid)).as("registry %d runs while its parent lives", pid).isTrue();

        try {
            holder.destroyForcibly(); // SIGKILL on Linux: no shutdown hook of the holder runs
            holder.waitFor(30, TimeUnit.SECONDS);
            long killed = System.nanoTime();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (isRunning(pid) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(isRunning(pid)).as("registry %d is still running 20 s after its parent was killed", pid)
                    .isFalse();
            System.out.printf("Registry %d was gone %d ms after its parent was killed%n", pid,
                    (System.nanoTime() - killed) / 1_000_000);
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void registryDiesWhenItsParentExitsWithoutClosingIt(@TempDir Path workDir) throws Exception {
        Process holder = startHolder(workDir, "exit");
        long pid = registryPid(holder);
        try {
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).as("holder exits").isTrue();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (isRunning(pid) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(isRunning(pid)).as("registry %d is still running after its parent exited", pid).isFalse();
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static Process startHolder(Path workDir, String... extraArgs) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-D" + RegistryDistribution.HOME_PROPERTY + "=" + System.getProperty(RegistryDistribution.HOME_PROPERTY, ""),
                "-cp", System.getProperty("java.class.path"),
                RegistryHolder.class.getName(), workDir.toString()));
        command.addAll(List.of(extraArgs));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static long registryPid(Process holder) {
        ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
        CompletableFuture<Long> registryPid = new CompletableFuture<>();
        Thread reader = new Thread(() -> readLines(holder, output, registryPid), "holder-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return registryPid.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            holder.destroyForcibly();
            throw new AssertionError("The holder JVM never reported a registry pid. Its output:\n"
                    + String.join("\n", output), e);
        }
    }

    /**
     * Alive and not a zombie: a dead orphan may wait a moment to be reaped by whatever adopted it, and that
     * is not a running registry.
     */
    private static boolean isRunning(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.exists(stat)) {
            String text;
            try {
                text = Files.readString(stat);
            } catch (IOException gone) {
                return false;
            }
            String state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
            return !state.equals("Z") && !state.equals("X");
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void readLines(Process holder, ConcurrentLinkedQueue<String> output, CompletableFuture<Long> pid) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                if (line.startsWith(PID_PREFIX)) {
                    pid.complete(Long.parseLong(line.substring(PID_PREFIX.length()).trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            pid.completeExceptionally(e);
        }
        pid.completeExceptionally(new IllegalStateException("holder output ended"));
    }
}
