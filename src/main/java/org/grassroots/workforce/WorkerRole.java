package org.grassroots.workforce;

/**
 * A post in a community's worker team (domain-rules.md §9): 书记, 副书记, 委员, 专职党务工作者,
 * 社区工作者, 第一书记 (sent by a unit, with a term) and 党建指导员. Labels: workforce.role.&lt;NAME&gt;.
 */
public enum WorkerRole {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, PARTY_WORKER, COMMUNITY_WORKER, FIRST_SECRETARY, INSTRUCTOR;

    /** 第一书记 and 党建指导员 are sent from outside: they are not counted as the community's own staff. */
    public boolean isDispatched() {
        return this == FIRST_SECRETARY || this == INSTRUCTOR;
    }
}
