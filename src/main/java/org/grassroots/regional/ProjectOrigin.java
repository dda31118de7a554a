package org.grassroots.regional;

/** How a project began (matched, a unit claiming a need, or a community claiming a resource). Labels: regional.projectOrigin.&lt;NAME&gt;. */
public enum ProjectOrigin {
    MATCH, UNIT_CLAIM, COMMUNITY_CLAIM
}
