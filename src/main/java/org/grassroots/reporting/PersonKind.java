package org.grassroots.reporting;

/** Who reports: a member of the system, found by the full ID number, or anyone else by name. Labels: reporting.kind.&lt;NAME&gt;. */
public enum PersonKind {
    MEMBER, OUTSIDER
}
