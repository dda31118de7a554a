package org.grassroots.neworg;

/** 非公有制企业 and 社会组织: the "two new" organizations. Labels: neworg.kind.&lt;NAME&gt;. */
public enum NewOrgKind {
    NON_PUBLIC_ENTERPRISE, SOCIAL_ORGANIZATION
}
