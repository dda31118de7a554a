package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.grassroots.region.RegionLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a unit may report, and the order of a report's days. */
class UnitReportPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest(name = "{0} unit in {1} → community {2} of street {3}: {4}")
    @CsvSource(nullValues = "null", value = {
        "COMMUNITY, 10, 10, 1,    null",
        "COMMUNITY, 10, 11, 1,    resident.report.community.notOwn",
        "STREET,     1, 10, 1,    null",
        "STREET,     1, 11, 1,    null",
        "STREET,     1, 20, 2,    resident.report.community.notOfStreet",
        "STREET,     1, 20, null, resident.report.community.notOfStreet",
    })
    void shouldSendUnitsToTheirOwnCommunityOrTheirStreets(RegionLevel level, long unitRegion, long community,
            Long street, String expected) {
        assertThat(UnitReportPolicy.target(level, unitRegion, community, street)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "reported {0}, received {1}, ended {2}: {3}")
    @CsvSource(nullValues = "null", value = {
        "2025-06-15, null,       null,       null",
        "2025-06-16, null,       null,       resident.report.reportedOn.future",
        "2025-06-01, 2025-06-01, null,       null",
        "2025-06-02, 2025-06-01, null,       resident.report.reportedOn.afterReceipt",
        "2025-06-01, 2025-06-03, 2025-06-02, null",
        "2025-06-03, null,       2025-06-02, resident.report.reportedOn.afterEnd",
    })
    void shouldKeepTheReportDayBeforeReceiptEndAndTomorrow(LocalDate reported, LocalDate received, LocalDate ended,
            String expected) {
        assertThat(UnitReportPolicy.reportedOn(reported, received, ended, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} on a report of {1}: {2}")
    @CsvSource(nullValues = "null", value = {
        "2025-06-10, 2025-06-10, null",
        "2025-06-15, 2025-06-10, null",
        "2025-06-09, 2025-06-10, resident.report.receivedOn.beforeReport",
        "2025-06-16, 2025-06-10, resident.report.receivedOn.future",
    })
    void shouldReceiveBetweenTheReportAndToday(LocalDate received, LocalDate reported, String expected) {
        assertThat(UnitReportPolicy.receivedOn(received, reported, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ended {0} on a report of {1}: {2}")
    @CsvSource(nullValues = "null", value = {
        "2025-06-10, 2025-06-10, null",
        "null,       2025-06-10, resident.report.endedOn.required",
        "2025-06-09, 2025-06-10, resident.report.endedOn.beforeReport",
        "2025-06-16, 2025-06-10, resident.report.endedOn.future",
    })
    void shouldEndOnAGivenDayBetweenTheReportAndToday(LocalDate ended, LocalDate reported, String expected) {
        assertThat(UnitReportPolicy.endedOn(ended, reported, TODAY)).isEqualTo(expected);
    }
}
