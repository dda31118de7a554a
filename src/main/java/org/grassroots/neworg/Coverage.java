package org.grassroots.neworg;

/**
 * What the coverage mode amounts to (derived, never stored): the Party organization covers the unit
 * (组织覆盖), only Party work reaches it through an instructor (工作覆盖), or nothing does (空白点).
 * Labels: neworg.coverage.&lt;NAME&gt;.
 */
public enum Coverage {
    ORG_COVERED, WORK_COVERED, BLIND
}
