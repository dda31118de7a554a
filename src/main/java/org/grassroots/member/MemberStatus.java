package org.grassroots.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person stands (domain-rules.md §3): the development pipeline, membership, and the exits.
 * Labels: member.status.&lt;NAME&gt;.
 */
public enum MemberStatus {
    APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY, FULL,
    PROBATION_CANCELLED, NOT_APPROVED, MEMBERSHIP_SUSPENDED, REMOVED_SELF_LAPSED, PERSUADED_TO_WITHDRAW,
    WITHDRAWN, EXPELLED, DECEASED;

    /** People the organization currently keeps: the pipeline, members, and suspended members. */
    public static final Set<MemberStatus> CURRENT =
            EnumSet.of(APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY, FULL, MEMBERSHIP_SUSPENDED);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }

    /** Probationary and full members are Party members; the pipeline stages are not yet. */
    public boolean isPartyMember() {
        return this == PROBATIONARY || this == FULL;
    }
}
