package org.grassroots.resident;

import org.grassroots.org.OrgCategory;

/**
 * What a resident unit is: 机关, 事业单位, 国有企业, 非公企业, 社会组织, 其他. Labels: resident.kind.&lt;NAME&gt;.
 */
public enum UnitKind {
    ORGAN, INSTITUTION, STATE_ENTERPRISE, NON_PUBLIC_ENTERPRISE, SOCIAL_ORGANIZATION, OTHER;

    /** The organization category a Party organization of such a unit usually has; null when none fits. */
    public OrgCategory usualOrgCategory() {
        return switch (this) {
            case ORGAN, INSTITUTION -> OrgCategory.INSTITUTION;
            case STATE_ENTERPRISE -> OrgCategory.STATE_ENTERPRISE;
            case NON_PUBLIC_ENTERPRISE -> OrgCategory.PRIVATE_ENTERPRISE;
            case SOCIAL_ORGANIZATION -> OrgCategory.SOCIAL_ORGANIZATION;
            case OTHER -> null;
        };
    }
}
