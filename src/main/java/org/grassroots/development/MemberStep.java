package org.grassroots.development;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.shared.BaseEntity;

/**
 * One development step of one person: its date, who decided it, a note, the introducers or mentors
 * it names, and for an approval where it stands. Never edited away: a wrong step is voided with a
 * reason, a returned approval keeps its reason.
 */
@Entity
@Table(name = "member_step")
public class MemberStep extends BaseEntity {

    /** An introducer or mentor named by the step. */
    @Embeddable
    public record Named(@Column(name = "member_id") Long memberId,
            @Enumerated(EnumType.STRING) @Column(name = "role") PersonRole role) {
    }

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_code", nullable = false)
    private StepCode code;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    private String note;

    @Column(name = "extension_months")
    private Integer extensionMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_state", nullable = false)
    private ApprovalState approval = ApprovalState.NONE;

    @Column(name = "approver_street_id")
    private Long approverStreetId;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_step_person", joinColumns = @JoinColumn(name = "step_id"))
    private List<Named> people = new ArrayList<>();

    protected MemberStep() {
    }

    /** A step done on a day, needing no approval. */
    static MemberStep done(long memberId, StepCode code, LocalDate on, String decidedBy, String note, String by,
            Instant at) {
        MemberStep s = new MemberStep();
        s.memberId = memberId;
        s.code = code;
        s.doneOn = on;
        s.decidedBy = decidedBy;
        s.note = note;
        s.recordedBy = by;
        s.recordedAt = at;
        return s;
    }

    /** An approval sent on a day to the street's working committee; it waits in the street's queue. */
    static MemberStep submitted(long memberId, StepCode code, LocalDate on, long streetId, String decidedBy,
            String note, String by, Instant at) {
        MemberStep s = done(memberId, code, null, decidedBy, note, by, at);
        s.submittedOn = on;
        s.approval = ApprovalState.PENDING;
        s.approverStreetId = streetId;
        return s;
    }

    /** An approval recorded by the approving street itself: approved on the day it is recorded for. */
    static MemberStep approvedDirectly(long memberId, StepCode code, LocalDate on, long streetId, String decidedBy,
            String note, String by, Instant at) {
        MemberStep s = submitted(memberId, code, on, streetId, decidedBy, note, by, at);
        s.doneOn = on;
        s.approval = ApprovalState.APPROVED;
        s.approvedBy = by;
        s.approvedAt = at;
        return s;
    }

    void name(List<Long> memberIds, PersonRole role) {
        memberIds.forEach(id -> people.add(new Named(id, role)));
    }

    void extendBy(Integer months) {
        this.extensionMonths = months;
    }

    void approve(LocalDate on, String decidedByName, String note, String by, Instant at) {
        this.approval = ApprovalState.APPROVED;
        this.doneOn = on;
        this.decidedBy = decidedByName;
        if (note != null) {
            this.note = this.note == null ? note : this.note + " / " + note;
            if (this.note.length() > 500) {
                this.note = this.note.substring(0, 500);
            }
        }
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void giveBack(String reason, String by, Instant at) {
        this.approval = ApprovalState.RETURNED;
        this.returnReason = reason;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void voidWith(String reason, String by, Instant at) {
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    /** Held by the person: neither voided nor returned (done, approved or waiting for approval). */
    public boolean isLive() {
        return voidedAt == null && approval != ApprovalState.RETURNED;
    }

    /** Done: live and not waiting. */
    public boolean isDone() {
        return isLive() && approval != ApprovalState.PENDING;
    }

    public boolean isPending() {
        return isLive() && approval == ApprovalState.PENDING;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    /** The day that counts for the order of steps: the day done, or the day sent for approval. */
    public LocalDate getDay() {
        return doneOn != null ? doneOn : submittedOn;
    }

    public List<Long> namedAs(PersonRole role) {
        return people.stream().filter(p -> p.role() == role).map(Named::memberId).toList();
    }

    public Long getMemberId() {
        return memberId;
    }

    public StepCode getCode() {
        return code;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getNote() {
        return note;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public ApprovalState getApproval() {
        return approval;
    }

    public Long getApproverStreetId() {
        return approverStreetId;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public List<Named> getPeople() {
        return List.copyOf(people);
    }
}
