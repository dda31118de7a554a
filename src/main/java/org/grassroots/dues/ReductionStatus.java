package org.grassroots.dues;

/** A hardship reduction asked by the branch and decided by the level above. Labels: dues.reduction.status.&lt;NAME&gt;. */
public enum ReductionStatus {
    PENDING, APPROVED, REJECTED
}
