package io.newsflow.app.bench.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured stage: how many articles it finished in how long, what CPU it burnt (of which the JIT
 * compiler's and the garbage collector's shares) and the peak RSS of the process while it ran.
 */
record StageResult(String name, int articles, double seconds, double cpuSeconds, double jitSeconds, double gcSeconds,
                   long peakRssBytes, Map<String, Long> cpuNanosByThreadGroup) {
    double perSecond() {
        return articles / seconds;
    }

    double cpuSecondsPer1000() {
        return cpuSeconds / articles * 1000;
    }

    double jitSecondsPer1000() {
        return jitSeconds / articles * 1000;
    }

    double gcSecondsPer1000() {
        return gcSeconds / articles * 1000;
    }

    /** CPU seconds per 1,000 articles of each thread group, then of the JIT compiler and the GC; largest first. */
    Map<String, Double> cpuSecondsPer1000ByPart() {
        Map<String, Double> parts = new LinkedHashMap<>();
        cpuNanosByThreadGroup.forEach((group, nanos) -> parts.put(group, nanos / 1e9 / articles * 1000));
        parts.put("JIT compiler threads", jitSecondsPer1000());
        parts.put("GC threads", gcSecondsPer1000());
        return parts;
    }

    /** CPU per 1,000 articles once the code is compiled: the process CPU minus the JIT compiler's time. */
    double steadyCpuSecondsPer1000() {
        return Math.max(0, cpuSeconds - jitSeconds) / articles * 1000;
    }
}
