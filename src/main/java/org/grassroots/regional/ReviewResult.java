package org.grassroots.regional;

/** The result of an agreement's yearly review. Labels: regional.reviewResult.&lt;NAME&gt;. */
public enum ReviewResult {
    GOOD, FAIR, POOR
}
