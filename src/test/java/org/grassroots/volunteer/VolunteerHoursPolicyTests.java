package org.grassroots.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.shared.InvalidInputException.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When hours may be recorded, case by case: the day, the registration window, the amount and the day's total. */
class VolunteerHoursPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "registered {0}, left {1}, held {2}, {3} h + {4} h that day → {5}")
    @CsvSource(nullValues = "-", value = {
            // registered, left, held, hours, other that day, expected violations (field:key, ...)
            "2026-01-01, -,          2026-06-01, 3,    0,    -",
            "2026-06-01, -,          2026-06-01, 3,    0,    -",
            "2026-01-01, 2026-06-01, 2026-06-01, 3,    0,    -",
            "2026-01-01, -,          2026-06-30, 24,   0,    -",
            "2026-01-01, -,          2026-06-01, 0.1,  23.9, -",
            "2026-06-02, -,          2026-06-01, 3,    0,    volunteerId:volunteer.hours.registeredAfter",
            "2026-01-01, 2026-05-31, 2026-06-01, 3,    0,    volunteerId:volunteer.hours.leftBefore",
            "2026-01-01, -,          2026-07-01, 3,    0,    hours:volunteer.hours.notYetHeld",
            "2026-01-01, -,          2026-06-01, 0,    0,    hours:volunteer.hours.range",
            "2026-01-01, -,          2026-06-01, -1,   0,    hours:volunteer.hours.range",
            "2026-01-01, -,          2026-06-01, 24.1, 0,    hours:volunteer.hours.range",
            "2026-01-01, -,          2026-06-01, 4,    20.5, hours:volunteer.hours.dayTotal",
            "2026-01-01, -,          2026-06-01, 4,    20,   -",
            "2026-07-02, -,          2026-07-01, 30,   0,    hours:volunteer.hours.notYetHeld volunteerId:volunteer.hours.registeredAfter hours:volunteer.hours.range",
    })
    void shouldRefuseHoursWhenTheRulesSaySo(LocalDate registered, LocalDate left, LocalDate held, BigDecimal hours,
            BigDecimal other, String expected) {
        List<String> found = VolunteerHoursPolicy.check(registered, left, held, TODAY, hours, other).stream()
                .map(VolunteerHoursPolicyTests::text).toList();
        assertThat(found).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    private static String text(Violation v) {
        return v.field() + ":" + v.messageKey();
    }
}
