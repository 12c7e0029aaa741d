package io.newsflow.app.bench.e2e;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and peak resident memory of this process. Every stage of the benchmark runs in this one
 * process (broker included), so a stage's peak is read by resetting the kernel's high-water mark
 * before the stage ({@code /proc/self/clear_refs}, value 5) and reading {@code VmHWM} after it.
 */
final class ProcessGauges {
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /** Resets the peak RSS to the current RSS; false where the kernel does not allow it. */
    boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    long peakRssBytes() {
        return statusField("VmHWM");
    }

    long rssBytes() {
        return statusField("VmRSS");
    }

    private static long statusField(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
