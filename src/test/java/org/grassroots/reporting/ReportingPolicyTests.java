package org.grassroots.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The reporting rules without a database, table by table. */
class ReportingPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @ParameterizedTest(name = "{0} + {1} months → until {2}")
    @CsvSource({
        "2026-01-01, 6, 2026-06-30",
        "2026-08-31, 6, 2027-02-27",
        "2024-02-29, 12, 2025-02-27",
        "2026-11-15, 1, 2026-12-14",
        "2026-03-31, 6, 2026-09-29"})
    void shouldLastTheSetNumberOfMonths(LocalDate reportedOn, int months, LocalDate until) {
        assertThat(ReportingPolicy.validUntil(reportedOn, months)).isEqualTo(until);
    }

    @ParameterizedTest(name = "valid until {0} → next from {1}")
    @CsvSource({
        "2026-11-30, 2026-12-01",
        "2026-11-14, 2026-11-15",
        "2026-11-15, 2026-11-16",
        "2026-05-01, 2026-11-15"})
    void shouldRenewFromTheDayAfterOrToday(LocalDate validUntil, LocalDate next) {
        assertThat(ReportingPolicy.renewalStart(validUntil, TODAY)).isEqualTo(next);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("2026-10-01", "2027-03-31", null, false, ReportStatus.CURRENT),
                Arguments.of("2026-06-01", "2026-12-15", null, false, ReportStatus.DUE),
                Arguments.of("2026-06-01", "2026-12-16", null, false, ReportStatus.CURRENT),
                Arguments.of("2026-06-01", "2026-11-15", null, false, ReportStatus.DUE),
                Arguments.of("2026-06-01", "2026-12-01", null, true, ReportStatus.CURRENT),
                Arguments.of("2026-11-16", "2027-05-15", null, false, ReportStatus.UPCOMING),
                Arguments.of("2026-01-01", "2026-06-30", null, false, ReportStatus.EXPIRED),
                Arguments.of("2026-01-01", "2026-11-14", null, false, ReportStatus.EXPIRED),
                Arguments.of("2026-01-01", "2026-06-30", null, true, ReportStatus.RENEWED),
                Arguments.of("2026-10-01", "2027-03-31", "2026-11-01", false, ReportStatus.ENDED),
                Arguments.of("2026-01-01", "2026-06-30", "2026-03-01", false, ReportStatus.ENDED));
    }

    @ParameterizedTest(name = "{0}..{1} ended {2} followed {3} → {4}")
    @MethodSource("statuses")
    void shouldGiveTheStatusOnTheDay(String from, String until, String ended, boolean followed, ReportStatus status) {
        assertThat(ReportingPolicy.status(LocalDate.parse(from), LocalDate.parse(until),
                ended == null ? null : LocalDate.parse(ended), followed, TODAY, 30)).isEqualTo(status);
    }

    @Test
    void shouldNameWhichStatusesAreReportedAndNeedReReporting() {
        assertThat(Stream.of(ReportStatus.values()).filter(ReportStatus::isReported))
                .containsExactly(ReportStatus.CURRENT, ReportStatus.DUE);
        assertThat(Stream.of(ReportStatus.values()).filter(ReportStatus::needsReReport))
                .containsExactly(ReportStatus.DUE, ReportStatus.EXPIRED);
    }

    @ParameterizedTest(name = "{0}..{1} (stored {2}) → {3}")
    @CsvSource(nullValues = "-", value = {
        "2026-11-01, -, -, -",
        "2026-11-01, 2027-04-30, -, -",
        "2026-11-01, 2027-05-01, -, validUntil:reporting.report.validUntil.tooLong",
        "2026-11-01, 2026-10-31, -, validUntil:reporting.report.validUntil.beforeReportedOn",
        "2026-11-01, 2026-11-01, -, -",
        "2026-11-16, -, -, reportedOn:reporting.report.reportedOn.future",
        "2026-11-16, -, 2026-11-16, -",
        "2026-11-20, 2026-11-19, 2026-11-16, reportedOn:reporting.report.reportedOn.future"})
    void shouldCheckThePeriod(LocalDate from, LocalDate until, LocalDate stored, String problem) {
        List<ReportingPolicy.Problem> problems = ReportingPolicy.period(from, until, stored, TODAY, 6);
        assertThat(problems.stream().findFirst().map(p -> p.field() + ":" + p.key()))
                .isEqualTo(Optional.ofNullable(problem));
    }

    @ParameterizedTest(name = "{0}, {1} h, {2} h already → {3}")
    @CsvSource(nullValues = "-", value = {
        "2026-11-10, 2, 0, -",
        "2026-11-10, 24, 0, -",
        "2026-11-10, 0.1, 23.9, -",
        "2026-11-10, 0, 0, hours:reporting.service.hours.range",
        "2026-11-10, -1, 0, hours:reporting.service.hours.range",
        "2026-11-10, 24.5, 0, hours:reporting.service.hours.range",
        "2026-11-10, 5, 20, hours:reporting.service.hours.dayTotal",
        "2026-11-16, 1, 0, servedOn:reporting.service.servedOn.future",
        "2026-10-31, 1, 0, servedOn:reporting.service.servedOn.outsidePeriod",
        "2026-11-13, 1, 0, servedOn:reporting.service.servedOn.outsidePeriod",
        "2026-11-01, 1, 0, -",
        "2026-11-12, 1, 0, -"})
    void shouldCheckAService(LocalDate day, BigDecimal hours, BigDecimal already, String problem) {
        List<ReportingPolicy.Problem> problems = ReportingPolicy.service(day, hours, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 12), TODAY, already);
        assertThat(problems.stream().findFirst().map(p -> p.field() + ":" + p.key()))
                .isEqualTo(Optional.ofNullable(problem));
    }

    @ParameterizedTest(name = "capacity {0}, {1} taken → fits {2}")
    @CsvSource(nullValues = "-", value = {"-, 100, true", "1, 0, true", "1, 1, false", "5, 4, true", "5, 5, false"})
    void shouldFitWithinCapacity(Integer capacity, long taken, boolean fits) {
        assertThat(ReportingPolicy.fits(capacity, taken)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "-", value = {
        "2026-Q4, 2026-10-01", "2026-q1, 2026-01-01", " 2025-Q2 , 2025-04-01", "2026-Q5, -", "2026-4, -",
        "1899-Q1, -", "-, -", "abc, -"})
    void shouldParseQuarter(String text, LocalDate start) {
        assertThat(Quarter.parse(text).map(Quarter::start)).isEqualTo(Optional.ofNullable(start));
    }

    @Test
    void shouldKnowQuarterBoundsAndNeighbours() {
        Quarter q = Quarter.of(TODAY);
        assertThat(q).hasToString("2026-Q4");
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.next()).hasToString("2027-Q1");
        assertThat(q.next().previous()).isEqualTo(q);
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).hasToString("2026-Q1");
    }

    @Test
    void shouldReadBackEveryEmployerKeyItWrites() {
        EmployerKey org = EmployerKey.ofOrg(42);
        assertThat(EmployerKey.parse(org.encode())).contains(org);
        EmployerKey outsider = EmployerKey.ofOutsider("市测试研究院", "市测试研究院党委");
        assertThat(EmployerKey.parse(outsider.encode())).contains(outsider);
        assertThat(outsider.encode()).doesNotContain("/").doesNotContain("+");
    }

    @ParameterizedTest(name = "\"{0}\" is not a key")
    @CsvSource(nullValues = "-", value = {"-", "o", "oabc", "x", "x!!!", "xYWJj", "q12"})
    void shouldRefuseKeysItNeverWrote(String text) {
        assertThat(EmployerKey.parse(text)).isEmpty();
    }
}
