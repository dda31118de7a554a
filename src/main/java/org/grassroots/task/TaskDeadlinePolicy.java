package org.grassroots.task;

import java.time.LocalDate;

/**
 * Due soon and overdue (docs/rules/task.md): a recipient not completed is overdue after its deadline
 * day, and due soon from {@code remindDays} days before it up to the deadline day itself. The SQL
 * figures ({@link TaskQueries}) use the same bounds, {@link #soonUntil(LocalDate)}.
 */
final class TaskDeadlinePolicy {

    private final TaskRules rules;

    TaskDeadlinePolicy(TaskRules rules) {
        this.rules = rules;
    }

    Urgency urgency(LocalDate deadline, RecipientStatus status, LocalDate today) {
        if (status == RecipientStatus.COMPLETED) {
            return Urgency.DONE;
        }
        if (deadline.isBefore(today)) {
            return Urgency.OVERDUE;
        }
        return deadline.isAfter(soonUntil(today)) ? Urgency.ON_TIME : Urgency.DUE_SOON;
    }

    /** The last deadline that is due soon today. */
    LocalDate soonUntil(LocalDate today) {
        return today.plusDays(rules.remindDays());
    }
}
