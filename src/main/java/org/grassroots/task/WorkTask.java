package org.grassroots.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/** A task issued by a region (or, when forwarded by an organization, an organization) to its recipients. */
@Entity
@Table(name = "work_task")
public class WorkTask extends BaseEntity {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false)
    private EvidenceKind evidenceKind;

    @Column(name = "issuer_region_id")
    private Long issuerRegionId;

    @Column(name = "issuer_org_id")
    private Long issuerOrgId;

    @Column(name = "parent_task_id")
    private Long parentTaskId;

    @Column(name = "parent_recipient_id")
    private Long parentRecipientId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkTask() {
    }

    private WorkTask(Node issuer, String title, String content, LocalDate deadline, TaskPriority priority,
            EvidenceKind evidenceKind, String createdBy, Instant createdAt) {
        this.issuerRegionId = issuer.isRegion() ? issuer.id() : null;
        this.issuerOrgId = issuer.isRegion() ? null : issuer.id();
        this.title = title;
        this.content = content;
        this.deadline = deadline;
        this.priority = priority;
        this.evidenceKind = evidenceKind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static WorkTask issue(Node issuer, String title, String content, LocalDate deadline, TaskPriority priority,
            EvidenceKind evidenceKind, String createdBy, Instant now) {
        return new WorkTask(issuer, title, content, deadline, priority, evidenceKind, createdBy, now);
    }

    /** A child task forwarded from a recipient row of this task: it keeps where it came from. */
    static WorkTask forward(WorkTask parent, TaskRecipient from, Node forwarder, String title, String content,
            LocalDate deadline, TaskPriority priority, String createdBy, Instant now) {
        WorkTask child = new WorkTask(forwarder, title, content, deadline, priority, parent.evidenceKind, createdBy,
                now);
        child.parentTaskId = parent.getId();
        child.parentRecipientId = from.getId();
        return child;
    }

    public Node issuer() {
        return issuerRegionId != null ? Node.region(issuerRegionId) : Node.org(issuerOrgId);
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public Long getIssuerRegionId() {
        return issuerRegionId;
    }

    public Long getIssuerOrgId() {
        return issuerOrgId;
    }

    public Long getParentTaskId() {
        return parentTaskId;
    }

    public Long getParentRecipientId() {
        return parentRecipientId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
