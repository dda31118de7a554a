package org.grassroots.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.grassroots.shared.BusinessRuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due soon and overdue (docs/rules/task.md), the status steps and the number evidence, case by case. */
class TaskDeadlinePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "deadline {0} days from today, {1}, remind {2} days: {3}")
    @CsvSource({
        // days to deadline, status, remind days, expected
        "10, SENT, 3, ON_TIME",
        "4, IN_PROGRESS, 3, ON_TIME",
        "3, SENT, 3, DUE_SOON",
        "1, ACKNOWLEDGED, 3, DUE_SOON",
        "0, IN_PROGRESS, 3, DUE_SOON",
        "-1, SENT, 3, OVERDUE",
        "-30, ACKNOWLEDGED, 3, OVERDUE",
        "-5, COMPLETED, 3, DONE",
        "2, COMPLETED, 3, DONE",
        "1, SENT, 0, ON_TIME",
        "0, SENT, 0, DUE_SOON",
        "7, SENT, 7, DUE_SOON",
        "8, SENT, 7, ON_TIME"
    })
    void shouldTellUrgencyFromDeadlineAndStatus(int days, RecipientStatus status, int remindDays, Urgency expected) {
        TaskDeadlinePolicy policy = new TaskDeadlinePolicy(new TaskRules(remindDays));
        assertThat(policy.urgency(TODAY.plusDays(days), status, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "SENT, ACKNOWLEDGED, true",
        "SENT, IN_PROGRESS, true",
        "SENT, COMPLETED, true",
        "ACKNOWLEDGED, ACKNOWLEDGED, false",
        "ACKNOWLEDGED, IN_PROGRESS, true",
        "IN_PROGRESS, COMPLETED, true",
        "IN_PROGRESS, SENT, false",
        "COMPLETED, IN_PROGRESS, false",
        "COMPLETED, COMPLETED, false"
    })
    void shouldMoveOnlyForward(RecipientStatus from, RecipientStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "12, 12.00",
        "3.5, 3.50",
        "'1,200', 1200.00",
        "-4, -4.00",
        "999999999999, 999999999999.00"
    })
    void shouldReadNumbers(String typed, BigDecimal expected) {
        assertThat(TaskService.number(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource({"'', task.evidence.number.required", "'   ', task.evidence.number.required",
        "abc, task.evidence.number.invalid", "十二, task.evidence.number.invalid", "1e400, task.evidence.number.invalid",
        "1000000000000, task.evidence.number.invalid", "NaN, task.evidence.number.invalid"})
    void shouldRefuseWhatIsNoNumber(String typed, String key) {
        assertThatThrownBy(() -> TaskService.number(typed)).isInstanceOf(BusinessRuleException.class)
                .hasMessage(key);
    }

    @org.junit.jupiter.api.Test
    void shouldDefaultToThreeDays() {
        assertThat(TaskRules.defaults().remindDays()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void shouldFollowTheRulesWhenTheCityChangesThem() {
        TaskRules rules = TaskRules.defaults();
        TaskDeadlinePolicy policy = new TaskDeadlinePolicy(rules);
        assertThat(policy.urgency(TODAY.plusDays(5), RecipientStatus.SENT, TODAY)).isEqualTo(Urgency.ON_TIME);
        // a value saved on /settings reaches the rules bean the policy already holds
        rules.setRemindDays(7);
        assertThat(policy.urgency(TODAY.plusDays(5), RecipientStatus.SENT, TODAY)).isEqualTo(Urgency.DUE_SOON);
        assertThat(policy.soonUntil(TODAY)).isEqualTo(TODAY.plusDays(7));
    }
}
