package org.grassroots.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The registry's rules, table by table. */
class AccessPolicyTests {

    @ParameterizedTest(name = "{0} -> {1} with note \"{2}\": {3}")
    @CsvSource(nullValues = "null", value = {
        "REGISTERED, APPROVED,   null,     null",
        "REGISTERED, APPROVED,   同意,      null",
        "REGISTERED, REFUSED,    无依据,    null",
        "REGISTERED, REFUSED,    null,     access.note.requiredForRefusal",
        "REGISTERED, REFUSED,    '   ',    access.note.requiredForRefusal",
        "REGISTERED, REGISTERED, null,     access.error.notADecision",
        "APPROVED,   REFUSED,    无依据,    access.error.alreadyDecided",
        "APPROVED,   APPROVED,   null,     access.error.alreadyDecided",
        "REFUSED,    APPROVED,   null,     access.error.alreadyDecided",
    })
    void shouldDecideOnceAndRefuseOnlyWithReason(AccessStatus current, AccessStatus outcome, String note,
            String error) {
        assertThat(AccessPolicy.decisionError(current, outcome, note)).isEqualTo(error);
    }

    @ParameterizedTest(name = "{0}: editable {1}")
    @CsvSource({"REGISTERED, true", "APPROVED, false", "REFUSED, false"})
    void shouldAmendOnlyPendingRequests(AccessStatus status, boolean editable) {
        assertThat(AccessPolicy.editable(status)).isEqualTo(editable);
    }

    @ParameterizedTest(name = "limit {0}, {1} approved: over {2}")
    @CsvSource({"10, 0, false", "10, 10, false", "10, 11, true", "3, 4, true", "0, 1, true", "0, 0, false"})
    void shouldFlagAboveTheMonthlyLimit(int limit, long approved, boolean over) {
        assertThat(new AccessPolicy(new AccessRules(limit)).overLimit(approved)).isEqualTo(over);
    }

    @Test
    void shouldDefaultTheLimitToTen() {
        assertThat(new AccessPolicy(AccessRules.defaults()).monthlyLimit()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} of {1}: step {2}")
    @CsvSource({"0, 10, 0", "0, 0, 0", "5, 0, 0", "1, 100, 1", "10, 10, 10", "5, 10, 5", "3, 7, 4", "20, 10, 10"})
    void shouldScaleBarsToTheBusiestMonth(long count, long max, int level) {
        assertThat(AccessPolicy.barLevel(count, max)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({"3, 5, 1", "5, 3, -1", "4, 4, 0", "0, 0, 0"})
    void shouldCompareTheLastMonthWithTheOneBefore(long previous, long last, int trend) {
        assertThat(AccessPolicy.trend(previous, last)).isEqualTo(trend);
    }

    @Test
    void shouldCoverTwelveMonthsUpToThisOne() {
        List<YearMonth> months = AccessPolicy.window(LocalDate.of(2026, 3, 31));
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo(YearMonth.of(2025, 4));
        assertThat(months.get(11)).isEqualTo(YearMonth.of(2026, 3));
        assertThat(months).isSorted().doesNotHaveDuplicates();
    }
}
