package io.newsflow.app.bench.e2e;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of latencies, in milliseconds, with how many of the expected arrived. */
record LatencySummary(int arrived, int expected, double p50, double p95, double p99, double max) {
    static LatencySummary of(Collection<Long> nanos, int expected) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new LatencySummary(0, expected, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new LatencySummary(sorted.length, expected, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
