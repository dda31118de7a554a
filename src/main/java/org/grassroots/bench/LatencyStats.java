package org.grassroots.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of durations by the nearest-rank method: the p-th percentile of n sorted values
 * is the value at rank ceil(p / 100 × n) (1-based), so it is always one of the measured values and
 * p100 is the maximum. Durations go in as nanoseconds and come out as milliseconds rounded to 0.01.
 */
record LatencyStats(int count, double p50, double p95, double p99, double max, double mean) {

    static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0);

    static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), millis(sum / sorted.length));
    }

    /** The nearest-rank percentile of ascending values; {@code p} in (0, 100]. */
    static long percentile(long[] ascending, double p) {
        if (ascending.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        // p × n first: exact for whole percentiles, so 95 of 100 values is rank 95, not 96
        int rank = (int) Math.ceil(p * ascending.length / 100.0);
        return ascending[Math.max(rank, 1) - 1];
    }

    /** Nanoseconds as milliseconds, rounded to 0.01 ms (the precision of the report). */
    static double millis(double nanos) {
        return round(nanos / 1_000_000.0, 2);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
