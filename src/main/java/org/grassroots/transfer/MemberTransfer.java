package org.grassroots.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.member.PartyMember;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BaseEntity;

/**
 * One transfer of a member's organizational relationship, with its letter and its dated steps. The
 * sending side owns it until the receiving side receives it (domain-rules.md §5).
 */
@Entity
@Table(name = "member_transfer")
public class MemberTransfer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private PartyMember member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_org_id")
    private PartyOrg fromOrg;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_org_id")
    private PartyOrg toOrg;

    @Column(name = "other_side")
    private String otherSide;

    @Column(name = "letter_number")
    private String letterNumber;

    @Column(name = "dues_paid_until")
    private String duesPaidUntil;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferState state;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    private LocalDate sentOn;
    private String sentBy;
    private LocalDate receivedOn;
    private String receivedBy;
    private LocalDate returnedOn;
    private String returnedBy;
    private LocalDate cancelledOn;
    private String cancelledBy;

    protected MemberTransfer() {
    }

    static MemberTransfer draft(PartyMember member, TransferKind kind, PartyOrg from, PartyOrg to, String otherSide,
            String letterNumber, String duesPaidUntil, LocalDate issuedOn, LocalDate validUntil, String by) {
        MemberTransfer t = new MemberTransfer();
        t.member = member;
        t.kind = kind;
        t.fromOrg = from;
        t.toOrg = to;
        t.otherSide = otherSide;
        t.letterNumber = letterNumber;
        t.duesPaidUntil = duesPaidUntil;
        t.issuedOn = issuedOn;
        t.validUntil = validUntil;
        t.state = TransferState.DRAFT;
        t.createdBy = by;
        return t;
    }

    void send(LocalDate on, String by) {
        state = TransferState.SENT;
        sentOn = on;
        sentBy = by;
    }

    void receive(LocalDate on, String by) {
        state = TransferState.RECEIVED;
        receivedOn = on;
        receivedBy = by;
    }

    void giveBack(String reason, LocalDate on, String by) {
        state = TransferState.RETURNED;
        returnReason = reason;
        returnedOn = on;
        returnedBy = by;
    }

    void cancel(LocalDate on, String by) {
        state = TransferState.CANCELLED;
        cancelledOn = on;
        cancelledBy = by;
    }

    /** The state as shown: a sent transfer past its validity has expired. */
    public TransferState effectiveState(LocalDate today) {
        return state == TransferState.SENT && today.isAfter(validUntil) ? TransferState.EXPIRED : state;
    }

    /** Sent and not received after the receipt period, or past its validity. */
    public boolean isOverdue(LocalDate today, int receiptMonths) {
        return state == TransferState.SENT && (today.isAfter(validUntil)
                || sentOn != null && today.isAfter(sentOn.plusMonths(receiptMonths)));
    }

    /** The name of the other side: the receiving organization, or the outside one named by the letter. */
    public String getDestinationName() {
        return toOrg != null ? toOrg.getName() : otherSide;
    }

    public String getOriginName() {
        return fromOrg != null ? fromOrg.getName() : otherSide;
    }

    public PartyMember getMember() {
        return member;
    }

    public TransferKind getKind() {
        return kind;
    }

    public PartyOrg getFromOrg() {
        return fromOrg;
    }

    public PartyOrg getToOrg() {
        return toOrg;
    }

    public String getOtherSide() {
        return otherSide;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public String getDuesPaidUntil() {
        return duesPaidUntil;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public TransferState getState() {
        return state;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }
}
