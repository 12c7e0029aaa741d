package io.newsflow.app.bench.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process's Java threads, summed by what they do (enrich stream threads, broker, sink,
 * ...). Every stage shares one process, so this is how a stage's CPU is split between newsflow's parts
 * and the embedded broker. JFR's execution samples cannot give that split: the sampler visits a bounded
 * number of threads per period, so a process with many threads gets fewer samples per CPU-second of each.
 * A thread that ends during a stage takes its time with it (an under-count).
 */
final class ThreadGroupCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadGroupCpu() {
    }

    /** Nanoseconds of CPU so far per thread group. */
    static Map<String, Long> now() {
        Map<String, Long> byGroup = new TreeMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = THREADS.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                byGroup.merge(group(info.getThreadName()), nanos, Long::sum);
            }
        }
        return byGroup;
    }

    /** {@code after - before} per group, largest first. */
    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((group, nanos) -> delta.put(group, nanos - before.getOrDefault(group, 0L)));
        Map<String, Long> sorted = new LinkedHashMap<>();
        delta.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static String group(String name) {
        if (name.contains("GlobalStreamThread")) {
            return "enrich: alert-rules thread";
        }
        if (name.contains("StreamThread")) {
            return name.startsWith("bench-passthrough") ? "passthrough stream threads" : "enrich: stream threads";
        }
        if (name.startsWith("kafka-producer-network-thread")) {
            return "producer I/O threads";
        }
        if (name.startsWith("bench-watch")) {
            return "bench: topic readers";
        }
        if (name.startsWith("newsflow-sink") || name.startsWith("newsflow-store")) {
            return "sink (SQLite)";
        }
        if (name.startsWith("alert-delivery")) {
            return "alert delivery";
        }
        if (name.startsWith("pool-")) {
            return "corenlp baseline threads";
        }
        if (name.equals("main")) {
            return "bench: main (publishing, polling)";
        }
        if (name.startsWith("HttpClient")) {
            return "registry client";
        }
        return "broker and other";
    }
}
