package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.grassroots.member.MemberRecordPolicy.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Consistency of a member record with domain-rules.md §3 (member development). */
class MemberRecordPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 10);

    /** A member record's dates, built up fluently from a consistent full member. */
    private record Dates(LocalDate birth, MemberStatus status, LocalDate applied, LocalDate activist,
            LocalDate candidate, LocalDate admitted, LocalDate full) {

        Dates status(MemberStatus s) {
            return new Dates(birth, s, applied, activist, candidate, admitted, full);
        }

        Dates applied(LocalDate d) {
            return new Dates(birth, status, d, activist, candidate, admitted, full);
        }

        Dates activist(LocalDate d) {
            return new Dates(birth, status, applied, d, candidate, admitted, full);
        }

        Dates candidate(LocalDate d) {
            return new Dates(birth, status, applied, activist, d, admitted, full);
        }

        Dates admitted(LocalDate d) {
            return new Dates(birth, status, applied, activist, candidate, d, full);
        }

        Dates full(LocalDate d) {
            return new Dates(birth, status, applied, activist, candidate, admitted, d);
        }

        List<Violation> check() {
            return MemberRecordPolicy.check(birth, status, applied, activist, candidate, admitted, full, TODAY);
        }
    }

    /** Applied at 25, activist 3 months later, candidate after a year, admitted, full after a year. */
    private static Dates aFullMember() {
        return new Dates(BORN, MemberStatus.FULL, LocalDate.of(2015, 6, 1), LocalDate.of(2015, 9, 1),
                LocalDate.of(2016, 9, 1), LocalDate.of(2017, 3, 1), LocalDate.of(2018, 3, 1));
    }

    private static Dates anApplicant() {
        return new Dates(BORN, MemberStatus.APPLICANT, LocalDate.of(2025, 1, 1), null, null, null, null);
    }

    private static Dates aProbationaryMember() {
        return aFullMember().status(MemberStatus.PROBATIONARY).admitted(LocalDate.of(2025, 12, 1)).full(null);
    }

    private static Arguments rule(String rule, Dates dates, Violation... expected) {
        return Arguments.of(rule, dates, List.of(expected));
    }

    private static Violation v(String field, String key) {
        return new Violation(field, key);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("a consistent full member", aFullMember()),
                rule("a consistent applicant", anApplicant()),
                rule("a consistent probationary member", aProbationaryMember()),
                rule("Const. Art. 1: applied one day before the 18th birthday",
                        anApplicant().applied(BORN.plusYears(18).minusDays(1)),
                        v("appliedOn", "member.appliedOn.underAge")),
                rule("Const. Art. 1: applied on the 18th birthday",
                        anApplicant().applied(BORN.plusYears(18))),
                rule("Const. Art. 1: applied at 16",
                        anApplicant().applied(BORN.plusYears(16)),
                        v("appliedOn", "member.appliedOn.underAge")),
                rule("§3 stages: activist before the application",
                        aFullMember().activist(LocalDate.of(2015, 5, 1)),
                        v("activistOn", "member.date.order")),
                rule("§3 stages: admitted before becoming a candidate",
                        aFullMember().admitted(LocalDate.of(2016, 8, 1)).full(LocalDate.of(2017, 8, 1)),
                        v("admittedOn", "member.date.order")),
                rule("§3 stages: a gap in the dates still has to be in order",
                        aFullMember().activist(null).candidate(null).admitted(LocalDate.of(2015, 5, 1))
                                .full(LocalDate.of(2016, 5, 1)),
                        v("admittedOn", "member.date.order")),
                rule("§3 stages: the same day for two milestones is not out of order",
                        aFullMember().activist(LocalDate.of(2015, 6, 1))),
                rule("a milestone cannot lie in the future",
                        anApplicant().applied(TODAY.plusDays(1)),
                        v("appliedOn", "member.date.future")),
                rule("today is not the future",
                        anApplicant().applied(TODAY)),
                rule("a milestone before the birth date",
                        anApplicant().applied(BORN.minusDays(1)),
                        v("appliedOn", "member.date.beforeBirth")),
                rule("Const. Art. 7: a FULL member needs the date of full membership",
                        aFullMember().full(null),
                        v("fullMemberOn", "member.date.requiredForStatus")),
                rule("Const. Art. 7: a FULL member needs the admission date",
                        aFullMember().admitted(null),
                        v("admittedOn", "member.date.requiredForStatus")),
                rule("a PROBATIONARY member needs the admission date",
                        aProbationaryMember().admitted(null),
                        v("admittedOn", "member.date.requiredForStatus")),
                rule("an ACTIVIST needs the activist date",
                        anApplicant().status(MemberStatus.ACTIVIST),
                        v("activistOn", "member.date.requiredForStatus")),
                rule("a CANDIDATE needs the candidate date",
                        anApplicant().status(MemberStatus.CANDIDATE),
                        v("candidateOn", "member.date.requiredForStatus")),
                rule("an APPLICANT needs the application date",
                        anApplicant().applied(null),
                        v("appliedOn", "member.date.requiredForStatus")),
                rule("Const. Art. 7, Dev Rules Art. 32: full one day short of a year after admission",
                        aFullMember().admitted(LocalDate.of(2017, 3, 1)).full(LocalDate.of(2018, 2, 28)),
                        v("fullMemberOn", "member.fullMemberOn.probationShort")),
                rule("Const. Art. 7, Dev Rules Art. 32: full exactly one year after admission",
                        aFullMember().admitted(LocalDate.of(2017, 3, 1)).full(LocalDate.of(2018, 3, 1))),
                rule("Dev Rules Art. 32: an extended probation (18 months) is fine",
                        aFullMember().admitted(LocalDate.of(2017, 3, 1)).full(LocalDate.of(2018, 9, 1))),
                rule("Const. Art. 7: a PROBATIONARY member has no date of full membership yet",
                        aProbationaryMember().admitted(LocalDate.of(2024, 6, 1)).full(LocalDate.of(2025, 6, 1)),
                        v("fullMemberOn", "member.fullMemberOn.notYet")),
                rule("an exit status keeps its history without extra requirements",
                        aFullMember().status(MemberStatus.WITHDRAWN)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("domain-rules.md §3: member record consistency")
    @MethodSource("cases")
    void shouldReportExactlyTheBrokenRuleWhenRecordIsChecked(String rule, Dates dates, List<Violation> expected) {
        assertThat(dates.check()).as(rule).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @DisplayName("a field already reported wrong is not also reported missing")
    void shouldReportOneViolationPerFieldWhenDateIsWrongAndRequired() {
        assertThat(aFullMember().full(TODAY.plusDays(3)).check())
                .containsExactly(v("fullMemberOn", "member.date.future"));
    }

    @Test
    void shouldReportEveryBrokenRuleWhenSeveralAreBroken() {
        Dates broken = new Dates(BORN, MemberStatus.FULL, BORN.plusYears(17), BORN.plusYears(16),
                null, LocalDate.of(2025, 1, 1), null);
        assertThat(broken.check()).containsExactlyInAnyOrder(
                v("appliedOn", "member.appliedOn.underAge"),
                v("activistOn", "member.date.order"),
                v("fullMemberOn", "member.date.requiredForStatus"));
    }
}
