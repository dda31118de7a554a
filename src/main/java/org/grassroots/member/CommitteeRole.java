package org.grassroots.member;

/** A seat on the branch committee (支部委员会). Labels: member.committeeRole.&lt;NAME&gt;. */
public enum CommitteeRole {
    SECRETARY, DEPUTY_SECRETARY, ORGANIZATION, PROPAGANDA, DISCIPLINE, MEMBER
}
