package org.grassroots.development;

import org.grassroots.member.MemberStatus;

/** The five stages of §3. Labels: development.stage.&lt;NAME&gt;. */
public enum Stage {
    APPLICATION, ACTIVIST, CANDIDATE, ADMISSION, PROBATION;

    /** Stage numbers in {@code development_step.stage} run from 1. */
    public static Stage of(int number) {
        return values()[number - 1];
    }

    public int number() {
        return ordinal() + 1;
    }

    /** Where the status alone places a person; steps of a later stage move them on (admission). */
    static Stage ofStatus(MemberStatus status) {
        return switch (status) {
            case APPLICANT -> APPLICATION;
            case ACTIVIST -> ACTIVIST;
            case CANDIDATE -> CANDIDATE;
            default -> PROBATION;
        };
    }
}
