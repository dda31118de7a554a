package org.grassroots.regional;

import java.time.LocalDate;

/**
 * The time rules of regional Party building, in one place: the joint meeting's period, when a
 * follow-up item is overdue, an agreement's state and its warning, and when a community's regional
 * ties count as active. The SQL in {@link RegionalQueries} applies the same rules to many rows.
 */
@org.springframework.stereotype.Component
public final class RegionalPolicy {

    private final RegionalRules rules;

    public RegionalPolicy(RegionalRules rules) {
        this.rules = rules;
    }

    /** A period of the joint meeting: the first and last day. */
    public record Period(LocalDate start, LocalDate end) {

        public boolean contains(LocalDate day) {
            return day != null && !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /** The period containing the day: periods of N months counted from 1 January. */
    public Period period(LocalDate day) {
        int months = rules.jointMeetingMonths();
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new Period(start, start.plusMonths(months).minusDays(1));
    }

    /** The period before the one containing the day. */
    public Period previousPeriod(LocalDate day) {
        return period(period(day).start().minusDays(1));
    }

    /** Whether the joint meeting met in the period of the day: a meeting held in it, on or before the day. */
    public boolean metInPeriod(LocalDate lastHeld, LocalDate today) {
        return lastHeld != null && !lastHeld.isAfter(today) && period(today).contains(lastHeld);
    }

    /** Open after its deadline; done and dropped items are never overdue. */
    public static boolean overdue(FollowUpStatus status, LocalDate dueOn, LocalDate today) {
        return status == FollowUpStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    /** Before the start: upcoming; from the start through the end: active; after the end: expired. */
    public static AgreementState state(LocalDate startOn, LocalDate endOn, LocalDate today) {
        if (today.isBefore(startOn)) {
            return AgreementState.UPCOMING;
        }
        return today.isAfter(endOn) ? AgreementState.EXPIRED : AgreementState.ACTIVE;
    }

    /** An active agreement whose end is within the warning days (the end day included). */
    public boolean expiringSoon(LocalDate startOn, LocalDate endOn, LocalDate today) {
        return state(startOn, endOn, today) == AgreementState.ACTIVE
                && !endOn.isAfter(today.plusDays(rules.agreementWarningDays()));
    }

    /**
     * A yearly review is due when the agreement has been active a year or more and has had no review
     * in the last twelve months.
     */
    public static boolean reviewDue(LocalDate startOn, LocalDate endOn, LocalDate lastReview, LocalDate today) {
        if (state(startOn, endOn, today) != AgreementState.ACTIVE || today.isBefore(startOn.plusYears(1))) {
            return false;
        }
        return lastReview == null || lastReview.isBefore(today.minusYears(1));
    }

    /** The day the topics of a meeting on this day are due. */
    public LocalDate topicsDue(LocalDate meetingDay) {
        return meetingDay.minusDays(rules.topicsLeadDays());
    }

    /** The first day from which a meeting keeps a community's ties active: the previous period's start. */
    public LocalDate tiesSince(LocalDate today) {
        return previousPeriod(today).start();
    }

    /** Regional ties are active with a meeting since the previous period began, or an active agreement. */
    public boolean tiesActive(LocalDate lastMeeting, long activeAgreements, LocalDate today) {
        boolean met = lastMeeting != null && !lastMeeting.isAfter(today) && !lastMeeting.isBefore(tiesSince(today));
        return met || activeAgreements > 0;
    }

    public RegionalRules rules() {
        return rules;
    }
}
