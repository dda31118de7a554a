package org.grassroots.security;

/** Labels: security.role.&lt;NAME&gt;. The permission matrix is in docs/security.md. */
public enum Role {
    CITY_ADMIN, DISTRICT_OFFICIAL, STREET_STAFF, COMMUNITY_SECRETARY, BRANCH_SECRETARY, SYSTEM_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean boundToOrg() {
        return this == BRANCH_SECRETARY;
    }
}
