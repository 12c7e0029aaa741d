package io.newsflow.app.bench.e2e;

/**
 * One measured stage: how many articles it finished in how long, what CPU it burnt and the peak RSS
 * of the process while it ran.
 */
record StageResult(String name, int articles, double seconds, double cpuSeconds, long peakRssBytes) {
    double perSecond() {
        return articles / seconds;
    }

    double cpuSecondsPer1000() {
        return cpuSeconds / articles * 1000;
    }
}
