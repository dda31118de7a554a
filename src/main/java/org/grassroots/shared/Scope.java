package org.grassroots.shared;

/**
 * What a user may see and change: the subtree of the one node they are granted. Resolved at
 * sign-in from the user's grant (and re-checked against the grant on every request); every scoped
 * query takes it. A region grant covers every
 * organization sitting in the region's subtree; an organization grant covers the organization's
 * reporting subtree and no region pages.
 */
public record Scope(Kind kind, long nodeId, String regionPrefix, String orgPrefix) {

    /** A prefix no path starts with: every path begins with '/'. */
    private static final String NOTHING = "#";

    public enum Kind { REGION, ORG, NONE }

    public static Scope ofRegion(long regionId, String regionPath) {
        return new Scope(Kind.REGION, regionId, regionPath, "/");
    }

    public static Scope ofOrg(long orgId, String orgPath) {
        return new Scope(Kind.ORG, orgId, "/", orgPath);
    }

    public static Scope none() {
        return new Scope(Kind.NONE, 0, NOTHING, NOTHING);
    }

    /** The prefix region pages are filtered by: only region grants see region pages. */
    public String regionPagePrefix() {
        return kind == Kind.REGION ? regionPrefix : NOTHING;
    }

    public boolean coversRegion(String regionPath) {
        return kind == Kind.REGION && regionPath != null && regionPath.startsWith(regionPrefix);
    }

    public boolean coversOrg(String orgPath, String orgRegionPath) {
        return orgPath != null && orgRegionPath != null
                && orgPath.startsWith(orgPrefix) && orgRegionPath.startsWith(regionPrefix);
    }
}
