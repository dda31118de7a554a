package org.grassroots.assessment;

/**
 * Where an indicator's ratio comes from: a group of indicators, a formula over the records of a
 * feature (docs/rules/assessment.md), or a score entered by hand with evidence.
 */
public enum Source {
    GROUP, MEETING_COMPLIANCE, COVERAGE, GRID_GAPS, SERVICE_REPORTING, SERVICE_HOURS, FUNDS_EXECUTION, READINESS,
    TASK_TIMELINESS, MANUAL;

    /** The sources computed from the records. */
    public boolean isFormula() {
        return this != GROUP && this != MANUAL;
    }

    /** Sources whose ratio is measured against a target the tree sets (members to report, hours per member). */
    public boolean needsTarget() {
        return this == SERVICE_REPORTING || this == SERVICE_HOURS;
    }
}
