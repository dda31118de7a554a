package org.grassroots.task;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How early a recipient is reminded is local practice (docs/rules/task.md): a task not completed is
 * "due soon" from this many days before its deadline.
 *
 * <p>{@code remindDays}: days before the deadline from which an open task is due soon
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.task")
public class TaskRules {

    private volatile Integer remindDays;

    public TaskRules(Integer remindDays) {
        remindDays = remindDays == null || remindDays < 0 ? 3 : remindDays;
        this.remindDays = remindDays;
    }

    public Integer remindDays() {
        return remindDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setRemindDays(Integer remindDays) {
        this.remindDays = remindDays;
    }

    public static TaskRules defaults() {
        return new TaskRules(null);
    }
}
