package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerCrashIT {
    private static final int RECORDS = 500;

    @Test
    void brokerKilledWithSigkillRestartsOnItsDataDirectoryWithEveryAcknowledgedRecord(@TempDir Path dataDir)
            throws Exception {
        Process holder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                BrokerHolder.class.getName(), dataDir.toString(), "crash", Integer.toString(RECORDS)))
                .redirectErrorStream(true)
                .start();
        ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> produced = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    if (line.equals(BrokerHolder.DONE)) {
                        produced.complete(null);
                    }
                }
            } catch (Exception e) {
                produced.completeExceptionally(e);
            }
            produced.completeExceptionally(new IllegalStateException("holder output ended"));
        }, "broker-holder-output");
        reader.setDaemon(true);
        reader.start();
        try {
            produced.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The holder JVM never reported its records. Its output:\n" + String.join("\n", output), e);
        } finally {
            holder.destroyForcibly(); // SIGKILL: no orderly broker shutdown
            holder.waitFor(30, TimeUnit.SECONDS);
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            assertThat(EmbeddedKafkaIT.consumeAll(kafka.bootstrapServers(), "crash", RECORDS)).hasSize(RECORDS);
        }
    }
}
