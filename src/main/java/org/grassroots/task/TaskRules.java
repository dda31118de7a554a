package org.grassroots.task;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How early a recipient is reminded is local practice (docs/rules/task.md): a task not completed is
 * "due soon" from this many days before its deadline.
 *
 * @param remindDays days before the deadline from which an open task is due soon
 */
@ConfigurationProperties("grassroots.task")
public record TaskRules(Integer remindDays) {

    public TaskRules {
        remindDays = remindDays == null || remindDays < 0 ? 3 : remindDays;
    }

    public static TaskRules defaults() {
        return new TaskRules(null);
    }
}
