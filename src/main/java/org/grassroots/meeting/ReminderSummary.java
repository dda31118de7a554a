package org.grassroots.meeting;

/**
 * The reminder counts a level page shows for a region's subtree: organizations with a requirement due
 * within dueDays, organizations with a period missed in the last overdueMonths, and organizations
 * whose term has ended or ends within termMonths.
 */
public record ReminderSummary(long regionId, long dueSoon, long overdue, long terms, int dueDays, int overdueMonths,
        int termMonths) {

    public boolean isEmpty() {
        return dueSoon == 0 && overdue == 0 && terms == 0;
    }
}
