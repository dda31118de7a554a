package org.grassroots.reporting;

/**
 * Where a reporting period stands on a day. Labels: reporting.status.&lt;NAME&gt;.
 * <ul>
 * <li>ENDED: ended early (the person left or moved);</li>
 * <li>UPCOMING: starts after the day (a re-report made early);</li>
 * <li>CURRENT: covers the day;</li>
 * <li>DUE: covers the day, ends within the reminder window and no following period exists;</li>
 * <li>RENEWED: over, and the person has reported again since;</li>
 * <li>EXPIRED: over, and the person has not reported again.</li>
 * </ul>
 */
public enum ReportStatus {
    CURRENT, DUE, UPCOMING, RENEWED, EXPIRED, ENDED;

    /** Reported now: the period covers today. */
    public boolean isReported() {
        return this == CURRENT || this == DUE;
    }

    /** The community should ask the person to report again. */
    public boolean needsReReport() {
        return this == DUE || this == EXPIRED;
    }
}
