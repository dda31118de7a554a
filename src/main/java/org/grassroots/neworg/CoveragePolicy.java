package org.grassroots.neworg;

import java.util.List;

/**
 * The coverage rules of one unit. {@link NewOrgQueries} says the same in SQL for lists and counts;
 * the tests hold the two together.
 */
public final class CoveragePolicy {

    private final NewOrgRules rules;

    public CoveragePolicy(NewOrgRules rules) {
        this.rules = rules;
    }

    /**
     * An own organization or a joint branch that is still open covers the unit with an organization; an
     * instructor brings Party work only; a closed organization or nothing leaves a blind spot.
     */
    public static Coverage coverage(CoverageMode mode, boolean orgOpen) {
        return switch (mode) {
            case OWN_ORG, JOINT_BRANCH -> orgOpen ? Coverage.ORG_COVERED : Coverage.BLIND;
            case INSTRUCTOR -> Coverage.WORK_COVERED;
            case NONE -> Coverage.BLIND;
        };
    }

    /** Enough full members to set up a branch, and no open organization of its own. */
    public boolean shouldEstablishBranch(int fullMembers, CoverageMode mode, boolean orgOpen) {
        return fullMembers >= rules.branchThresholdMembers() && !(mode == CoverageMode.OWN_ORG && orgOpen);
    }

    /**
     * Built then scattered (边建边散): an organization covered the unit at some time (its own or a joint
     * branch, in the coverage history) and none does now.
     */
    public static boolean builtThenScattered(List<CoverageMode> history, Coverage now) {
        return now != Coverage.ORG_COVERED && history.stream().anyMatch(CoverageMode::needsOrg);
    }

    /** A joint branch covering more open units than the setting allows. */
    public boolean jointBranchOverLimit(long units) {
        return units > rules.jointBranchMaxUnits();
    }

    public NewOrgRules rules() {
        return rules;
    }
}
