package org.grassroots.regional;

/** 督办事项 status (open, done, dropped); overdue is derived. Labels: regional.followUpStatus.&lt;NAME&gt;. */
public enum FollowUpStatus {
    OPEN, DONE, DROPPED
}
