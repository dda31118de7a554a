package org.grassroots.access;

/** What a department wants to place on communities; labels access.kind.&lt;NAME&gt;. */
public enum AccessKind {
    TASK, INSPECTION, MEETING, REPORT_FORM
}
