package org.grassroots.floating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mobile-member rules of domain-rules.md §6, case by case (today is 2026-06-30). */
class FloatingPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final FloatingPolicy POLICY = new FloatingPolicy(FloatingRules.defaults());

    private static LocalDate day(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "since {0}, last contact {1}, {2} months → out of contact {3}")
    @CsvSource({
        // §6 / setting out-of-contact-months: counted from the last contact, or the departure with none
        "2025-01-01, 2026-06-01, 6, false",
        "2025-01-01, 2025-12-30, 6, true",   // exactly six months ago
        "2025-01-01, 2025-12-31, 6, false",  // one day short of six months
        "2025-12-30, ,           6, true",   // no contact: from the departure
        "2026-01-15, ,           6, false",
        "2025-01-01, 2024-06-01, 6, true",   // a contact before the departure does not count
        "2026-03-30, ,           3, true",   // the city may set a shorter period
        "2026-04-01, ,           3, false",
    })
    void shouldFlagOutOfContactWhenLastContactIsOldEnough(String since, String last, int months, boolean expected) {
        FloatingPolicy policy = new FloatingPolicy(new FloatingRules(null, months));
        assertThat(policy.outOfContact(day(since), day(last), TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "since {0}, last contact {1} → {2} days")
    @CsvSource({
        "2026-06-01, ,           29",
        "2026-01-01, 2026-06-29, 1",
        "2026-01-01, 2025-12-01, 180",
    })
    void shouldCountDaysFromLastContactOrDeparture(String since, String last, long days) {
        assertThat(FloatingPolicy.daysSinceContact(day(since), day(last), TODAY)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} issued {1} reviewed {2} → {3}")
    @CsvSource({
        // §6: the certificate is reviewed once a year, counted from the issue or the last review
        "ISSUED,             2025-07-01, ,           ISSUED",
        "ISSUED,             2025-06-30, ,           ANNUAL_REVIEW_DUE",
        "REGISTERED_AT_HOST, 2024-01-01, 2025-09-01, REGISTERED_AT_HOST",
        "REGISTERED_AT_HOST, 2024-01-01, 2025-06-01, ANNUAL_REVIEW_DUE",
        "RETURNED,           2020-01-01, ,           RETURNED",
        "ISSUED,             2025-01-01, 2024-01-01, ANNUAL_REVIEW_DUE",  // a review before the issue is ignored
    })
    void shouldShowReviewDueWhenAYearHasPassed(CertificateStatus recorded, String issued, String reviewed,
            CertificateStatus expected) {
        assertThat(FloatingPolicy.certificateStatus(recorded, day(issued), day(reviewed), TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "since {0}, expected back {1} → warning {2}")
    @CsvSource({
        // §6 definition: away at least six months without a transfer; a shorter absence is only a warning
        "2026-06-01, 2026-09-01, true",
        "2026-06-01, 2026-12-01, false",  // expected back exactly when six months are reached
        "2026-06-01, 2026-11-30, true",
        "2026-06-01, ,           false",  // no expected return: nothing to warn about
        "2025-12-01, 2026-05-01, false",  // already away six months: a mobile member whatever the plan
        "2026-01-01, 2026-06-30, true",
    })
    void shouldWarnWhenAbsenceIsShort(String since, String expectedBack, boolean warning) {
        assertThat(POLICY.shortAbsence(day(since), day(expectedBack), TODAY)).isEqualTo(warning);
    }

    @ParameterizedTest(name = "{0} months minimum")
    @CsvSource({"3, false", "6, true", "12, true"})
    void shouldUseTheMinimumAbsenceSetting(int months, boolean warning) {
        FloatingPolicy policy = new FloatingPolicy(new FloatingRules(months, null));
        assertThat(policy.shortAbsence(day("2026-03-15"), day("2026-07-31"), TODAY)).isEqualTo(warning);
    }
}
