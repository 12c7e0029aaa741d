package io.newsflow.app.bench.e2e;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * CPU time and peak resident memory of this process. Every stage of the benchmark runs in this one
 * process (broker included), so a stage's peak is read by resetting the kernel's high-water mark
 * before the stage ({@code /proc/self/clear_refs}, value 5) and reading {@code VmHWM} after it.
 */
public final class ProcessGauges {
    /** Linux reports thread CPU in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final long CLOCK_TICK_NANOS = 10_000_000L;

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /**
     * CPU time of the JIT compiler threads so far, read from the kernel ({@code /proc/self/task/<tid>/stat}
     * of the threads named "C1/C2 CompilerThread"). A short run pays for compiling newsflow's code (Kafka,
     * Streams, Avro, Lucene, SQLite besides CoreNLP: some 20,000 methods) while it is measured; a pipeline
     * that runs for days pays it once. (CompilationMXBean's compilation time is elapsed time and counts
     * the waits of a busy machine, so it is not used.) A compiler thread that exits takes its CPU time
     * with it, so this can only under-count.
     */
    public long jitNanos() {
        return threadCpuNanos("CompilerThre");
    }

    /** CPU time of the garbage collector's threads so far (G1's "GC Thread#n", "G1 Conc#n", "G1 Refine#n"...). */
    long gcNanos() {
        return threadCpuNanos("GC Thread") + threadCpuNanos("G1 ");
    }

    /** CPU time so far of this process's threads whose name contains {@code namePart}. */
    private static long threadCpuNanos(String namePart) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    if (!Files.readString(task.resolve("comm")).contains(namePart)) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // Fields after the ")" closing the thread name: state is field 3, utime 14, stime 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException e) {
                    // The thread ended between listing and reading: its time is gone either way.
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * CLOCK_TICK_NANOS;
    }

    /** CPU, JIT and GC time now, to subtract at the end of a stage. */
    Snapshot snapshot() {
        return new Snapshot(cpuNanos(), jitNanos(), gcNanos(), ThreadGroupCpu.now());
    }

    /** @param byThreadGroup CPU nanoseconds per {@link ThreadGroupCpu} group */
    record Snapshot(long cpuNanos, long jitNanos, long gcNanos, Map<String, Long> byThreadGroup) {}

    /** Resets the peak RSS to the current RSS; false where the kernel does not allow it. */
    boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public long peakRssBytes() {
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
