package org.grassroots.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/**
 * A unit (with its Party organization) reporting to a community (单位报到): the day, the contact, what
 * it commits to do, the community's receipt, and the day it ended. One open report per unit and
 * community (V7 {@code uk_unit_report_open}); ended reports stay as history.
 */
@Entity
@Table(name = "unit_report")
public class UnitReport extends BaseEntity {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "community_level", nullable = false, updatable = false)
    private String communityLevel = "COMMUNITY";

    @Column(nullable = false)
    private LocalDate reportedOn;

    @Column(nullable = false)
    private String contactName;

    private String contactPhone;

    @Column(nullable = false)
    private String commitments;

    private LocalDate receivedOn;
    private String receivedBy;
    private LocalDate endedOn;
    private String note;

    protected UnitReport() {
    }

    static UnitReport of(long unitId, long communityId) {
        UnitReport report = new UnitReport();
        report.unitId = unitId;
        report.communityId = communityId;
        return report;
    }

    void describe(LocalDate reportedOn, String contactName, String contactPhone, String commitments, String note) {
        this.reportedOn = reportedOn;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.commitments = commitments;
        this.note = note;
    }

    void receive(LocalDate on, String by) {
        this.receivedOn = on;
        this.receivedBy = by;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public boolean isReceived() {
        return receivedOn != null;
    }

    /** Open and not yet acknowledged by the community. */
    public boolean isAwaitingReceipt() {
        return endedOn == null && receivedOn == null;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactPhoneMasked() {
        return Masking.phone(contactPhone);
    }

    public String getCommitments() {
        return commitments;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getNote() {
        return note;
    }
}
