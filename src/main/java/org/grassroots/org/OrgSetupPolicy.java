package org.grassroots.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** domain-rules.md §1: branch size, committee, term. One place for the organization-setup rules. */
@Component
public class OrgSetupPolicy {

    private final OrgRules rules;

    public OrgSetupPolicy(OrgRules rules) {
        this.rules = rules;
    }

    /**
     * @param fullMembers current full members
     * @param members current full and probationary members
     */
    public List<OrgWarning> warnings(OrgType type, boolean hasCommittee, LocalDate termEnd, long fullMembers,
            long members, LocalDate today) {
        List<OrgWarning> warnings = new ArrayList<>();
        if (type.isBranch()) {
            if (fullMembers < rules.minFullMembers()) {
                warnings.add(OrgWarning.of("org.warning.tooFewFull", fullMembers, rules.minFullMembers()));
            }
            if (fullMembers >= rules.committeeAtFullMembers() && !hasCommittee) {
                warnings.add(OrgWarning.of("org.warning.committeeRequired", fullMembers,
                        rules.committeeAtFullMembers()));
            }
            if (members > rules.maxBranchMembers()) {
                warnings.add(OrgWarning.of("org.warning.tooLarge", members, rules.maxBranchMembers()));
            }
        }
        if (termEnd != null && hasTerm(type)) {
            if (termEnd.isBefore(today)) {
                warnings.add(OrgWarning.of("org.warning.termExpired", termEnd));
            } else if (!termEnd.isAfter(today.plusMonths(rules.termWarningMonths()))) {
                warnings.add(OrgWarning.of("org.warning.termEnding", termEnd, rules.termWarningMonths()));
            }
        }
        return warnings;
    }

    public List<OrgWarning> warnings(PartyOrg org, long fullMembers, long members, LocalDate today) {
        if (org.isClosed()) {
            return List.of();
        }
        return warnings(org.getType(), org.isHasCommittee(), org.getTermEnd(), fullMembers, members, today);
    }

    /**
     * Elected bodies have terms. A street working committee (党工委) is appointed by the district
     * committee, and a Party group is part of its branch: neither is elected for a term.
     */
    public boolean hasTerm(OrgType type) {
        return type != OrgType.PARTY_GROUP && type != OrgType.WORKING_COMMITTEE;
    }

    /**
     * Community bodies and committees serve 5 years; branches and general branches 3 (Term Opinion §1);
     * 0 for bodies without a term.
     */
    public int termYears(OrgType type, OrgCategory category) {
        if (!hasTerm(type)) {
            return 0;
        }
        if (type.isCommittee() || category == OrgCategory.COMMUNITY) {
            return rules.termYearsCommittee();
        }
        return rules.termYearsBranch();
    }
}
