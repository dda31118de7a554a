package org.grassroots.meeting;

/**
 * The kinds of organizational life (domain-rules.md §2). Labels: meeting.type.&lt;NAME&gt;.
 * 支部党员大会, 支部委员会, 党小组会, 党课, 主题党日, 组织生活会, 民主评议党员, 谈心谈话.
 */
public enum MeetingType {
    MEMBERS_ASSEMBLY, BRANCH_COMMITTEE, PARTY_GROUP_MEETING, PARTY_LESSON, THEME_DAY, LIFE_MEETING,
    DEMOCRATIC_APPRAISAL, HEART_TALK;

    /** Decisions are taken by vote at the members' assembly and the committee. */
    public boolean takesVotes() {
        return this == MEMBERS_ASSEMBLY || this == BRANCH_COMMITTEE;
    }

    /** A Party lecture names its lecturer, a person in the system. */
    public boolean needsLecturer() {
        return this == PARTY_LESSON;
    }

    /** A talk is a simple log between people, with no attendance list. */
    public boolean hasAttendance() {
        return this != HEART_TALK;
    }
}
