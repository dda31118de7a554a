package org.grassroots.reporting;

/**
 * The status filter of the report list. CURRENT is every period covering today (including those due);
 * the others are the statuses of the same name. Labels: reporting.filter.&lt;NAME&gt;.
 */
public enum ReportFilter {
    CURRENT, DUE, EXPIRED, ENDED
}
