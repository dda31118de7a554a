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
    WITHDRAWN, EXPELLED, DECEASED,
    /** The relationship left the system by letter, on receipt of the other side's 回执 (domain-rules.md §5). */
    TRANSFERRED_OUT;

    /** People the organization currently keeps: the pipeline, members, and suspended members. */
    public static final Set<MemberStatus> CURRENT =
            EnumSet.of(APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY, FULL, MEMBERSHIP_SUSPENDED);

    /**
     * Which status may follow this one on an existing record. The pipeline only moves forward;
     * suspended members may be restored (Member Regs Art. 24); exits are final: a person who was
     * removed, persuaded to withdraw or expelled can only apply again, as a new record.
     */
    public Set<MemberStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(ACTIVIST, CANDIDATE, PROBATIONARY, NOT_APPROVED, DECEASED);
            case ACTIVIST -> EnumSet.of(CANDIDATE, PROBATIONARY, NOT_APPROVED, DECEASED);
            case CANDIDATE -> EnumSet.of(PROBATIONARY, NOT_APPROVED, DECEASED);
            case PROBATIONARY -> EnumSet.of(FULL, PROBATION_CANCELLED, DECEASED);
            case FULL -> EnumSet.of(MEMBERSHIP_SUSPENDED, REMOVED_SELF_LAPSED, PERSUADED_TO_WITHDRAW, WITHDRAWN,
                    EXPELLED, DECEASED);
            case MEMBERSHIP_SUSPENDED -> EnumSet.of(FULL, REMOVED_SELF_LAPSED, PERSUADED_TO_WITHDRAW, WITHDRAWN,
                    EXPELLED, DECEASED);
            default -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    public boolean canChangeTo(MemberStatus target) {
        return target == this || next().contains(target);
    }

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }

    /** Probationary and full members are Party members; the pipeline stages are not yet. */
    public boolean isPartyMember() {
        return this == PROBATIONARY || this == FULL;
    }
}
