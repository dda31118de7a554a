package org.grassroots.meeting;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A calendar month, quarter or year: the unit in which requirements are counted. */
public record Period(Frequency frequency, LocalDate start) {

    public static Period containing(Frequency frequency, LocalDate day) {
        return switch (frequency) {
            case MONTH -> new Period(frequency, day.withDayOfMonth(1));
            case QUARTER -> new Period(frequency, LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1));
            case YEAR -> new Period(frequency, day.with(TemporalAdjusters.firstDayOfYear()));
        };
    }

    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public Period next() {
        return new Period(frequency, switch (frequency) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        });
    }

    public Period previous() {
        return new Period(frequency, switch (frequency) {
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        });
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /** Closed periods can be overdue; the open one is still due. */
    public boolean isClosedOn(LocalDate today) {
        return end().isBefore(today);
    }

    /** 2026-11, 2026-Q4, 2026: also the form in which a period is written in URLs. */
    public String key() {
        return switch (frequency) {
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** Reads a key as written by {@link #key()}; empty for anything else. */
    public static java.util.Optional<Period> parse(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        try {
            if (key.matches("\\d{4}-\\d{2}")) {
                int month = Integer.parseInt(key.substring(5));
                return month >= 1 && month <= 12
                        ? java.util.Optional.of(new Period(Frequency.MONTH, LocalDate.of(Integer.parseInt(key.substring(0, 4)), month, 1)))
                        : java.util.Optional.empty();
            }
            if (key.matches("\\d{4}-Q[1-4]")) {
                int quarter = key.charAt(6) - '0';
                return java.util.Optional.of(new Period(Frequency.QUARTER,
                        LocalDate.of(Integer.parseInt(key.substring(0, 4)), (quarter - 1) * 3 + 1, 1)));
            }
            if (key.matches("\\d{4}")) {
                return java.util.Optional.of(new Period(Frequency.YEAR, LocalDate.of(Integer.parseInt(key), 1, 1)));
            }
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
