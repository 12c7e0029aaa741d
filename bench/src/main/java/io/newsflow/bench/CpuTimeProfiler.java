package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, beside JMH's wall-clock score: {@code ·cpu.thread} is the CPU the benchmark's
 * worker threads spent per operation, {@code ·cpu.process} the whole JVM's (adds GC and JIT threads).
 *
 * <p>Why: on a 2-core machine shared with other sessions a benchmark thread is often descheduled, and
 * wall-clock time counts the time it waited; two benchmarks run minutes apart then differ by the load of
 * the moment, not by their code. CPU time leaves most of that out (cache and memory contention remain).
 * Use with {@code -prof io.newsflow.bench.CpuTimeProfiler}; both figures are in microseconds per operation,
 * over all operations of the iteration (JMH's synchronisation ops included, which the CPU also paid for).
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long threadCpuStart;
    private long processCpuStart;

    @Override
    public String getDescription() {
        return "CPU time per operation of the benchmark threads and of the whole JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        threadCpuStart = workerCpuNanos();
        processCpuStart = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        double threadUs = (workerCpuNanos() - threadCpuStart) / 1e3 / ops;
        double processUs = (processCpuNanos() - processCpuStart) / 1e3 / ops;
        return List.of(new ScalarResult("·cpu.thread", threadUs, "us/op", AggregationPolicy.AVG),
                new ScalarResult("·cpu.process", processUs, "us/op", AggregationPolicy.AVG));
    }

    /** CPU of JMH's worker threads, which JMH names "...-jmh-worker-N" and keeps across iterations. */
    private long workerCpuNanos() {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(thread.getId());
                if (cpu > 0) {
                    total += cpu;
                }
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
