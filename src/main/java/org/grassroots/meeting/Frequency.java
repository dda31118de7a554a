package org.grassroots.meeting;

/** How often a requirement recurs. Labels: meeting.frequency.&lt;NAME&gt;. */
public enum Frequency {
    MONTH, QUARTER, YEAR
}
