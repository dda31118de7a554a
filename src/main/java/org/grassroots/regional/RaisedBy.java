package org.grassroots.regional;

/** Who raised a need (residents or the community). Labels: regional.raisedBy.&lt;NAME&gt;. */
public enum RaisedBy {
    RESIDENT, COMMUNITY
}
