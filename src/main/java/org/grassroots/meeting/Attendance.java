package org.grassroots.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One member's attendance at a meeting. Whether they had a vote is fixed when it is recorded. */
@Embeddable
public class Attendance {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    @Column(nullable = false)
    private boolean voting;

    private String reason;

    protected Attendance() {
    }

    public Attendance(long memberId, AttendanceStatus status, boolean voting, String reason) {
        this.memberId = memberId;
        this.status = status;
        this.voting = voting;
        this.reason = reason;
    }

    public long getMemberId() {
        return memberId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public boolean isVoting() {
        return voting;
    }

    public String getReason() {
        return reason;
    }
}
