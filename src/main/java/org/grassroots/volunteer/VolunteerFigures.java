package org.grassroots.volunteer;

import java.math.BigDecimal;

/**
 * The volunteer figures of one community on a day: current volunteers, activities held this year, and
 * their hours this year and this quarter. A level page adds them up per child region
 * ({@link VolunteerPages#summary(long, org.grassroots.shared.Scope, java.util.List)}).
 */
public record VolunteerFigures(long communityId, String path, long currentVolunteers, long activitiesThisYear,
        BigDecimal hoursThisYear, BigDecimal hoursThisQuarter) {
}
