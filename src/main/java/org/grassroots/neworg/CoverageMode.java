package org.grassroots.neworg;

/**
 * How Party building reaches a unit: its own organization, a joint branch covering several units, a
 * Party-building instructor (党建指导员) only, or nothing. Labels: neworg.mode.&lt;NAME&gt;.
 */
public enum CoverageMode {
    OWN_ORG, JOINT_BRANCH, INSTRUCTOR, NONE;

    /** The mode names a Party organization of the system. */
    public boolean needsOrg() {
        return this == OWN_ORG || this == JOINT_BRANCH;
    }
}
