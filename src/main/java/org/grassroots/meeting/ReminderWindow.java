package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * What the reminders look at on a day: periods still open that end within the next days (due soon),
 * and periods that closed within the last months (overdue). The starts are the index keys the
 * queries probe; the queries also compare the exact end dates.
 */
public record ReminderWindow(LocalDate today, int dueDays, int overdueMonths) {

    public static final int DUE_DAYS = 14;
    public static final int OVERDUE_MONTHS = 12;

    public static ReminderWindow on(LocalDate today) {
        return new ReminderWindow(today, DUE_DAYS, OVERDUE_MONTHS);
    }

    /** The last day a period may end on to be due soon. */
    public LocalDate dueBy() {
        return today.plusDays(dueDays);
    }

    /** The earliest end of a closed period that still counts as overdue. */
    public LocalDate overdueSince() {
        return today.minusMonths(overdueMonths);
    }

    /** Whether an open period ending on that day is due soon. */
    public boolean isDueSoon(LocalDate periodEnd) {
        return !periodEnd.isBefore(today) && !periodEnd.isAfter(dueBy());
    }

    /** Whether a period ending on that day closed within the window. */
    public boolean isRecentlyClosed(LocalDate periodEnd) {
        return periodEnd.isBefore(today) && !periodEnd.isBefore(overdueSince());
    }

    /** Starts of the periods, of every frequency, that are open today and end within the due days. */
    public List<LocalDate> dueSoonStarts() {
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (Frequency f : Frequency.values()) {
            Period p = Period.containing(f, today);
            if (isDueSoon(p.end())) {
                starts.add(p.start());
            }
        }
        return List.copyOf(starts);
    }

    /** Starts of the periods, of every frequency, that closed within the overdue months. */
    public List<LocalDate> overdueStarts() {
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (Frequency f : Frequency.values()) {
            for (Period p = Period.containing(f, today).previous(); isRecentlyClosed(p.end()); p = p.previous()) {
                starts.add(p.start());
            }
        }
        return List.copyOf(starts);
    }
}
