package org.grassroots.floating;

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
 * A member of an organization here who is away while the relationship stays here (流出党员): where,
 * why, since when, how to reach them, the certificate, and the return. The home organization keeps
 * contact (domain-rules.md §6); a decision about a member out of contact is recorded, never made.
 */
@Entity
@Table(name = "floating_outflow")
public class FloatingOutflow extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private PartyMember member;

    @Column(nullable = false)
    private String destination;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_org_id")
    private PartyOrg hostOrg;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutflowReason reason;

    @Column(nullable = false)
    private LocalDate since;

    private String phone;
    private String otherContact;
    private LocalDate expectedReturnOn;
    private String certNumber;
    private LocalDate certIssuedOn;

    @Enumerated(EnumType.STRING)
    private CertificateStatus certStatus;

    private LocalDate lastReviewOn;
    private LocalDate returnedOn;
    private String returnedBy;
    private LocalDate decisionOn;
    private String decisionText;
    private String decidedBy;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected FloatingOutflow() {
    }

    static FloatingOutflow of(PartyMember member, String by) {
        FloatingOutflow f = new FloatingOutflow();
        f.member = member;
        f.createdBy = by;
        return f;
    }

    void describe(String destination, PartyOrg hostOrg, OutflowReason reason, LocalDate since, String phone,
            String otherContact, LocalDate expectedReturnOn) {
        this.destination = destination;
        this.hostOrg = hostOrg;
        this.reason = reason;
        this.since = since;
        this.phone = phone;
        this.otherContact = otherContact;
        this.expectedReturnOn = expectedReturnOn;
    }

    /** No number, no certificate: the other certificate fields go with it. */
    void certify(String number, LocalDate issuedOn, CertificateStatus status, LocalDate lastReviewOn) {
        this.certNumber = number;
        this.certIssuedOn = number == null ? null : issuedOn;
        this.certStatus = number == null ? null : status == null ? CertificateStatus.ISSUED : status;
        this.lastReviewOn = number == null ? null : lastReviewOn;
    }

    /** The member is back: the outflow ends, and a certificate still held is handed back. */
    void returnHome(LocalDate on, String by) {
        returnedOn = on;
        returnedBy = by;
        if (certStatus != null) {
            certStatus = CertificateStatus.RETURNED;
        }
    }

    void decide(LocalDate on, String text, String by) {
        decisionOn = on;
        decisionText = text;
        decidedBy = by;
    }

    public boolean isOpen() {
        return returnedOn == null;
    }

    public PartyMember getMember() {
        return member;
    }

    public String getDestination() {
        return destination;
    }

    public PartyOrg getHostOrg() {
        return hostOrg;
    }

    public OutflowReason getReason() {
        return reason;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getPhone() {
        return phone;
    }

    public String getOtherContact() {
        return otherContact;
    }

    public LocalDate getExpectedReturnOn() {
        return expectedReturnOn;
    }

    public String getCertNumber() {
        return certNumber;
    }

    public LocalDate getCertIssuedOn() {
        return certIssuedOn;
    }

    public CertificateStatus getCertStatus() {
        return certStatus;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public LocalDate getDecisionOn() {
        return decisionOn;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
