package org.grassroots.meeting;

/** Labels: compliance.status.&lt;NAME&gt;. */
public enum ComplianceStatus {
    DONE, DUE, OVERDUE, NOT_REQUIRED
}
