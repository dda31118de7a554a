package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.grassroots.shared.BaseEntity;

/** 督办事项: what the joint meeting asked a member unit to do, by a deadline. Overdue is derived. */
@Entity
@Table(name = "joint_follow_up")
@Getter
public class FollowUp extends BaseEntity {

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_unit_id", nullable = false)
    private Long ownerUnitId;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    private LocalDate closedOn;
    private String note;

    protected FollowUp() {
    }

    static FollowUp of(long regionId) {
        FollowUp f = new FollowUp();
        f.regionId = regionId;
        return f;
    }

    /** Closing (done or dropped) keeps the first closing day; reopening clears it. */
    void describe(Long meetingId, String title, long ownerUnitId, LocalDate dueOn, FollowUpStatus status,
            String note, LocalDate today) {
        this.meetingId = meetingId;
        this.title = title;
        this.ownerUnitId = ownerUnitId;
        this.dueOn = dueOn;
        if (status == FollowUpStatus.OPEN) {
            this.closedOn = null;
        } else if (this.status == FollowUpStatus.OPEN || this.closedOn == null) {
            this.closedOn = today;
        }
        this.status = status;
        this.note = note;
    }

    public boolean overdueOn(LocalDate today) {
        return RegionalPolicy.overdue(status, dueOn, today);
    }
}
