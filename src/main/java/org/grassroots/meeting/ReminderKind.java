package org.grassroots.meeting;

/** The three things the reminders page lists; the page can show one of them (?show=). */
public enum ReminderKind {
    DUE_SOON, OVERDUE, TERM
}
