package org.grassroots.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.shared.InvalidInputException.Violation;

/**
 * When a volunteer may get hours for an activity: the activity has been held, the volunteer was
 * registered on its day and had not left before it, the hours are more than 0 and at most 24, and
 * with the hours of the volunteer's other activities held the same day they make at most 24.
 */
final class VolunteerHoursPolicy {

    static final BigDecimal DAY_LIMIT = new BigDecimal("24");

    private VolunteerHoursPolicy() {
    }

    /**
     * The reasons the hours cannot be recorded, each on its form field; empty when they can.
     *
     * @param otherHoursThatDay the volunteer's hours on other activities held on {@code heldOn}
     */
    static List<Violation> check(LocalDate registeredOn, LocalDate leftOn, LocalDate heldOn, LocalDate today,
            BigDecimal hours, BigDecimal otherHoursThatDay) {
        List<Violation> violations = new ArrayList<>();
        if (heldOn.isAfter(today)) {
            violations.add(new Violation("hours", "volunteer.hours.notYetHeld"));
        }
        if (registeredOn.isAfter(heldOn)) {
            violations.add(new Violation("volunteerId", "volunteer.hours.registeredAfter"));
        }
        if (leftOn != null && leftOn.isBefore(heldOn)) {
            violations.add(new Violation("volunteerId", "volunteer.hours.leftBefore"));
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(DAY_LIMIT) > 0) {
            violations.add(new Violation("hours", "volunteer.hours.range"));
        } else if (hours.add(otherHoursThatDay).compareTo(DAY_LIMIT) > 0) {
            violations.add(new Violation("hours", "volunteer.hours.dayTotal"));
        }
        return violations;
    }
}
