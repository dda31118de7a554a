package org.grassroots.org;

/** 社区, 机关事业单位, 国有企业, 非公企业, 社会组织, 楼宇/园区/商圈, 网格. Labels: org.category.&lt;NAME&gt;. */
public enum OrgCategory {
    COMMUNITY, INSTITUTION, STATE_ENTERPRISE, PRIVATE_ENTERPRISE, SOCIAL_ORGANIZATION, BUILDING_PARK, GRID
}
