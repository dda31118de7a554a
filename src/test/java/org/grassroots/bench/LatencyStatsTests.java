package org.grassroots.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nearest-rank percentiles: always a measured value, rank ceil(p × n / 100). */
class LatencyStatsTests {

    private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();
    private static final long[] ONE_TO_TEN = LongStream.rangeClosed(1, 10).toArray();

    @ParameterizedTest(name = "p{0} of 1..100 is {1}")
    @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "1, 1", "0.5, 1", "99.5, 100", "95.1, 96"})
    void shouldTakeTheValueAtTheNearestRankOfAHundred(double p, long expected) {
        assertThat(LatencyStats.percentile(ONE_TO_HUNDRED, p)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "p{0} of 1..10 is {1}")
    @CsvSource({"50, 5", "51, 6", "90, 9", "95, 10", "99, 10", "10, 1", "10.1, 2"})
    void shouldRoundTheRankUpBetweenValues(double p, long expected) {
        assertThat(LatencyStats.percentile(ONE_TO_TEN, p)).isEqualTo(expected);
    }

    @Test
    void shouldGiveTheOnlyValueForEveryPercentileOfOne() {
        long[] one = {7_000_000};
        LatencyStats stats = LatencyStats.ofNanos(one);
        assertThat(stats).isEqualTo(new LatencyStats(1, 7, 7, 7, 7, 7));
    }

    @Test
    void shouldSortUnorderedNanosAndReportMillis() {
        // 20 values: 1..20 ms, shuffled; p50 = rank 10, p95 = rank 19, p99 = rank 20
        long[] nanos = {13, 2, 20, 7, 1, 19, 4, 16, 10, 8, 3, 17, 11, 6, 14, 5, 18, 9, 15, 12};
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] *= 1_000_000;
        }
        LatencyStats stats = LatencyStats.ofNanos(nanos);
        assertThat(stats.count()).isEqualTo(20);
        assertThat(stats.p50()).isEqualTo(10.0);
        assertThat(stats.p95()).isEqualTo(19.0);
        assertThat(stats.p99()).isEqualTo(20.0);
        assertThat(stats.max()).isEqualTo(20.0);
        assertThat(stats.mean()).isEqualTo(10.5);
        assertThat(nanos[0]).as("the input is left as it was").isEqualTo(13_000_000);
    }

    @Test
    void shouldRoundMillisToHundredths() {
        LatencyStats stats = LatencyStats.ofNanos(new long[] {1_234_567, 1_235_000});
        assertThat(stats.p50()).isEqualTo(1.23);
        assertThat(stats.max()).isEqualTo(1.24);
    }

    @Test
    void shouldReportNothingMeasuredAsZeros() {
        assertThat(LatencyStats.ofNanos(new long[0])).isEqualTo(LatencyStats.EMPTY);
        assertThat(LatencyStats.EMPTY.count()).isZero();
    }

    @Test
    void shouldRefusePercentilesOutsideTheRangeAndEmptyInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> LatencyStats.percentile(ONE_TO_TEN, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> LatencyStats.percentile(ONE_TO_TEN, 100.5));
        assertThatIllegalArgumentException().isThrownBy(() -> LatencyStats.percentile(new long[0], 50));
    }

    @ParameterizedTest(name = "p95 {0} ms, {1}/s against \"{2}\": {3}")
    @CsvSource({"49.99, 10, p95, true", "50.0, 10, p95, true", "50.01, 1000, p95, false",
            "500, 300, rate, true", "1, 299.9, rate, false"})
    void shouldJudgeTargetsOnServerTime(double p95, double perSecond, String kind, boolean met) {
        Scenario.Target target = kind.equals("p95") ? Scenario.Target.p95(50) : Scenario.Target.throughput(300);
        LatencyStats server = new LatencyStats(10, 1, p95, p95, p95, 1);
        assertThat(target.metBy(server, perSecond, 0)).isEqualTo(met);
        assertThat(target.metBy(server, perSecond, 1)).as("errors fail a target").isFalse();
        assertThat(target.metBy(LatencyStats.EMPTY, perSecond, 0)).as("nothing measured").isFalse();
        assertThat(Scenario.Target.NONE.metBy(server, perSecond, 0)).isNull();
    }
}
