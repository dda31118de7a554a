package org.grassroots.neworg;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of "two new" Party building (domain-rules.md §9, local practice).
 *
 * <p>{@code jointBranchMaxUnits}: a joint branch covering more units than this is shown with a warning
 * <p>{@code branchThresholdMembers}: a unit employing at least this many full members and without an
 *        organization of its own should establish a branch (Constitution Art. 30: three full members)
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.twonew")
public class NewOrgRules {

    private volatile Integer jointBranchMaxUnits;
    private volatile Integer branchThresholdMembers;

    public NewOrgRules(Integer jointBranchMaxUnits, Integer branchThresholdMembers) {
        jointBranchMaxUnits = jointBranchMaxUnits == null ? 5 : jointBranchMaxUnits;
        branchThresholdMembers = branchThresholdMembers == null ? 3 : branchThresholdMembers;
        this.jointBranchMaxUnits = jointBranchMaxUnits;
        this.branchThresholdMembers = branchThresholdMembers;
    }

    public Integer jointBranchMaxUnits() {
        return jointBranchMaxUnits;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setJointBranchMaxUnits(Integer jointBranchMaxUnits) {
        this.jointBranchMaxUnits = jointBranchMaxUnits;
    }

    public Integer branchThresholdMembers() {
        return branchThresholdMembers;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setBranchThresholdMembers(Integer branchThresholdMembers) {
        this.branchThresholdMembers = branchThresholdMembers;
    }

    public static NewOrgRules defaults() {
        return new NewOrgRules(null, null);
    }
}
