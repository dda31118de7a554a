package org.grassroots.regional;

/** How urgent a need is. Labels: regional.urgency.&lt;NAME&gt;. */
public enum Urgency {
    LOW, NORMAL, HIGH, URGENT
}
