package org.grassroots.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One change of organization or status, with its date and who recorded it. Append-only. */
@Entity
@Table(name = "member_history")
public class MemberHistory {

    public enum Kind { JOINED, ORG, STATUS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "from_org_id")
    private Long fromOrgId;

    @Column(name = "to_org_id")
    private Long toOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private MemberStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private MemberStatus toStatus;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MemberHistory() {
    }

    private MemberHistory(Long memberId, Kind kind, LocalDate effectiveOn, String recordedBy) {
        this.memberId = memberId;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    static MemberHistory joined(long memberId, long orgId, MemberStatus status, LocalDate on, String by) {
        MemberHistory h = new MemberHistory(memberId, Kind.JOINED, on, by);
        h.toOrgId = orgId;
        h.toStatus = status;
        return h;
    }

    static MemberHistory moved(long memberId, long fromOrg, long toOrg, LocalDate on, String by) {
        MemberHistory h = new MemberHistory(memberId, Kind.ORG, on, by);
        h.fromOrgId = fromOrg;
        h.toOrgId = toOrg;
        return h;
    }

    /** An organization change with a note: the transfer that made it. */
    static MemberHistory moved(long memberId, long fromOrg, long toOrg, LocalDate on, String by, String note) {
        MemberHistory h = moved(memberId, fromOrg, toOrg, on, by);
        h.note = note == null || note.length() <= 200 ? note : note.substring(0, 200);
        return h;
    }

    static MemberHistory statusChanged(long memberId, MemberStatus from, MemberStatus to, LocalDate on, String by) {
        MemberHistory h = new MemberHistory(memberId, Kind.STATUS, on, by);
        h.fromStatus = from;
        h.toStatus = to;
        return h;
    }

    /** A status change with a note: the development step that made it, or why it was undone. */
    static MemberHistory statusChanged(long memberId, MemberStatus from, MemberStatus to, LocalDate on, String by,
            String note) {
        MemberHistory h = statusChanged(memberId, from, to, on, by);
        h.note = note == null || note.length() <= 200 ? note : note.substring(0, 200);
        return h;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getFromOrgId() {
        return fromOrgId;
    }

    public Long getToOrgId() {
        return toOrgId;
    }

    public MemberStatus getFromStatus() {
        return fromStatus;
    }

    public MemberStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
