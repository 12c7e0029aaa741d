package io.newsflow.app.bench.e2e;

/**
 * One measured stage: how many articles it finished in how long, what CPU it burnt (of which the JIT
 * compiler's and the garbage collector's shares) and the peak RSS of the process while it ran.
 */
record StageResult(String name, int articles, double seconds, double cpuSeconds, double jitSeconds, double gcSeconds,
                   long peakRssBytes) {
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

    /** CPU per 1,000 articles once the code is compiled: the process CPU minus the JIT compiler's time. */
    double steadyCpuSecondsPer1000() {
        return Math.max(0, cpuSeconds - jitSeconds) / articles * 1000;
    }
}
