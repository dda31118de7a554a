package org.grassroots.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of domain-rules.md §1, as settings with the regulation's numbers as defaults.
 *
 * @param minFullMembers a branch needs at least this many full members (Const. Art. 30)
 * @param committeeAtFullMembers from this many full members a branch must have a committee (Branch Regs ch. 6)
 * @param maxBranchMembers above this a branch should split or become a general branch (Branch Regs Art. 4)
 * @param termWarningMonths warn this long before a term ends (Branch Regs ch. 6)
 * @param termYearsBranch term of branches and general branches (Term Opinion §1)
 * @param termYearsCommittee term of base committees and of every community body (Term Opinion §1)
 */
@ConfigurationProperties("grassroots.org")
public record OrgRules(
        Integer minFullMembers,
        Integer committeeAtFullMembers,
        Integer maxBranchMembers,
        Integer termWarningMonths,
        Integer termYearsBranch,
        Integer termYearsCommittee) {

    public OrgRules {
        minFullMembers = minFullMembers == null ? 3 : minFullMembers;
        committeeAtFullMembers = committeeAtFullMembers == null ? 7 : committeeAtFullMembers;
        maxBranchMembers = maxBranchMembers == null ? 50 : maxBranchMembers;
        termWarningMonths = termWarningMonths == null ? 6 : termWarningMonths;
        termYearsBranch = termYearsBranch == null ? 3 : termYearsBranch;
        termYearsCommittee = termYearsCommittee == null ? 5 : termYearsCommittee;
    }

    public static OrgRules defaults() {
        return new OrgRules(null, null, null, null, null, null);
    }
}
