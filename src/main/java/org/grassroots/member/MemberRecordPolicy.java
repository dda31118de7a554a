package org.grassroots.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency of a member record with domain-rules.md §3: applicants are at least 18; the
 * milestones come in order and not in the future; each status has the dates that lead to it;
 * probation lasts at least one year from the branch meeting's vote (Const. Art. 7).
 */
final class MemberRecordPolicy {

    static final int MIN_APPLICATION_AGE = 18;

    /** A field and the message key for what is wrong with it. */
    record Violation(String field, String key) {
    }

    private MemberRecordPolicy() {
    }

    static List<Violation> check(LocalDate birthDate, MemberStatus status, LocalDate applied, LocalDate activist,
            LocalDate candidate, LocalDate admitted, LocalDate full, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        String[] fields = {"appliedOn", "activistOn", "candidateOn", "admittedOn", "fullMemberOn"};
        LocalDate[] dates = {applied, activist, candidate, admitted, full};
        LocalDate previous = null;
        for (int i = 0; i < dates.length; i++) {
            LocalDate d = dates[i];
            if (d == null) {
                continue;
            }
            if (d.isAfter(today)) {
                v.add(new Violation(fields[i], "member.date.future"));
            } else if (birthDate != null && d.isBefore(birthDate)) {
                v.add(new Violation(fields[i], "member.date.beforeBirth"));
            } else if (previous != null && d.isBefore(previous)) {
                v.add(new Violation(fields[i], "member.date.order"));
            }
            previous = d;
        }
        if (applied != null && birthDate != null && applied.isBefore(birthDate.plusYears(MIN_APPLICATION_AGE))
                && !applied.isBefore(birthDate)) {
            v.add(new Violation("appliedOn", "member.appliedOn.underAge"));
        }
        if (admitted != null && full != null && full.isBefore(admitted.plusYears(1)) && !full.isBefore(admitted)) {
            v.add(new Violation("fullMemberOn", "member.fullMemberOn.probationShort"));
        }
        switch (status) {
            case APPLICANT -> require(v, "appliedOn", applied);
            case ACTIVIST -> require(v, "activistOn", activist);
            case CANDIDATE -> require(v, "candidateOn", candidate);
            case PROBATIONARY -> require(v, "admittedOn", admitted);
            case FULL -> {
                require(v, "admittedOn", admitted);
                require(v, "fullMemberOn", full);
            }
            default -> {
            }
        }
        if (status == MemberStatus.PROBATIONARY && full != null) {
            v.add(new Violation("fullMemberOn", "member.fullMemberOn.notYet"));
        }
        return v;
    }

    private static void require(List<Violation> v, String field, LocalDate value) {
        if (value == null && v.stream().noneMatch(x -> x.field().equals(field))) {
            v.add(new Violation(field, "member.date.requiredForStatus"));
        }
    }
}
