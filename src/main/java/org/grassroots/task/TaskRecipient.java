package org.grassroots.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.grassroots.shared.BaseEntity;

/** One addressee of a task with its own status and, once completed, its evidence. */
@Entity
@Table(name = "work_task_recipient")
public class TaskRecipient extends BaseEntity {

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "org_id")
    private Long orgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientStatus status = RecipientStatus.SENT;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "evidence_text")
    private String evidenceText;

    @Column(name = "evidence_number")
    private BigDecimal evidenceNumber;

    @Column(name = "evidence_meeting_id")
    private Long evidenceMeetingId;

    protected TaskRecipient() {
    }

    static TaskRecipient of(long taskId, Node node) {
        TaskRecipient r = new TaskRecipient();
        r.taskId = taskId;
        r.regionId = node.isRegion() ? node.id() : null;
        r.orgId = node.isRegion() ? null : node.id();
        return r;
    }

    public Node node() {
        return regionId != null ? Node.region(regionId) : Node.org(orgId);
    }

    void acknowledge(Instant now) {
        move(RecipientStatus.ACKNOWLEDGED);
        acknowledgedAt = now;
    }

    /** A progress note puts an open task in progress (acknowledging it on the way). */
    void startWork(Instant now) {
        if (status == RecipientStatus.IN_PROGRESS) {
            return;
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        move(RecipientStatus.IN_PROGRESS);
    }

    /** Exactly one kind of evidence is kept: the one the task asks for. */
    void complete(String text, BigDecimal number, Long meetingId, String by, Instant now) {
        move(RecipientStatus.COMPLETED);
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        evidenceText = text;
        evidenceNumber = number;
        evidenceMeetingId = meetingId;
        completedBy = by;
        completedAt = now;
    }

    private void move(RecipientStatus next) {
        if (!status.canMoveTo(next)) {
            throw new org.grassroots.shared.BusinessRuleException("task.status.cannotMove");
        }
        status = next;
    }

    public boolean isCompleted() {
        return status == RecipientStatus.COMPLETED;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getOrgId() {
        return orgId;
    }

    public RecipientStatus getStatus() {
        return status;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public BigDecimal getEvidenceNumber() {
        return evidenceNumber;
    }

    public Long getEvidenceMeetingId() {
        return evidenceMeetingId;
    }
}
