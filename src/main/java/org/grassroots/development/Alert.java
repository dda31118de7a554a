package org.grassroots.development;

/**
 * What the board says about a person today, the most pressing first (DevelopmentPolicy.alert and
 * the same CASE in DevelopmentQueries). Labels: development.alert.&lt;NAME&gt;.
 */
public enum Alert {
    RETURNED, AWAITING_APPROVAL, DECISION_OVERDUE, DECISION_DUE, PROBATION_ENDING, TALK_OVERDUE, CANDIDATE_READY, NONE;

    /** Past a deadline. */
    public boolean isOverdue() {
        return this == DECISION_OVERDUE || this == TALK_OVERDUE;
    }

    /** Something to do now, before a deadline passes. */
    public boolean isDue() {
        return this == RETURNED || this == DECISION_DUE || this == PROBATION_ENDING || this == CANDIDATE_READY;
    }
}
