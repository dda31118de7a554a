package org.grassroots.org;

/** 党委, 党工委, 党总支, 党支部, 联合党支部, 临时党支部, 党小组. Labels: org.type.&lt;NAME&gt;. */
public enum OrgType {
    WORKING_COMMITTEE(4), COMMITTEE(3), GENERAL_BRANCH(2), BRANCH(1), JOINT_BRANCH(1), TEMPORARY_BRANCH(1),
    PARTY_GROUP(0);

    private final int rank;

    OrgType(int rank) {
        this.rank = rank;
    }

    /** Branch-level organizations hold members directly and keep the branch rules. */
    public boolean isBranch() {
        return rank == 1;
    }

    public boolean isCommittee() {
        return rank >= 3;
    }

    /**
     * A lower organization reports to a higher one; committees may also report to committees; Party
     * groups are set up inside a branch (Branch Regs Art. 13).
     */
    public boolean canReportTo(OrgType parent) {
        if (this == PARTY_GROUP) {
            return parent.isBranch();
        }
        return parent.rank > rank || (this == COMMITTEE && parent.isCommittee());
    }

    /** Only committees may stand at the top of a reporting line. */
    public boolean canBeTopLevel() {
        return isCommittee();
    }
}
