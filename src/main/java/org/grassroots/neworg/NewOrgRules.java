package org.grassroots.neworg;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of "two new" Party building (domain-rules.md §9, local practice).
 *
 * @param jointBranchMaxUnits a joint branch covering more units than this is shown with a warning
 * @param branchThresholdMembers a unit employing at least this many full members and without an
 *        organization of its own should establish a branch (Constitution Art. 30: three full members)
 */
@ConfigurationProperties("grassroots.twonew")
public record NewOrgRules(Integer jointBranchMaxUnits, Integer branchThresholdMembers) {

    public NewOrgRules {
        jointBranchMaxUnits = jointBranchMaxUnits == null ? 5 : jointBranchMaxUnits;
        branchThresholdMembers = branchThresholdMembers == null ? 3 : branchThresholdMembers;
    }

    public static NewOrgRules defaults() {
        return new NewOrgRules(null, null);
    }
}
