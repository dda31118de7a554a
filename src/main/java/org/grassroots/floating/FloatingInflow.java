package org.grassroots.floating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BaseEntity;

/**
 * A member from elsewhere taking part in organizational life here (流入党员): who, from which
 * organization, since when, hosted by which organization here. The person takes part and pays dues
 * at the host, but has no vote or candidacy here (domain-rules.md §6). A member record of the system
 * may be linked (found by the full ID number, which is not kept).
 */
@Entity
@Table(name = "floating_inflow")
public class FloatingInflow extends BaseEntity {

    @Column(nullable = false)
    private String name;

    private String phone;

    @Column(name = "home_org_name", nullable = false)
    private String homeOrgName;

    private String homePlace;

    @Column(nullable = false)
    private LocalDate since;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_org_id")
    private PartyOrg hostOrg;

    private String certNumber;

    @Column(name = "member_id")
    private Long memberId;

    private String note;
    private LocalDate endedOn;
    private String endedBy;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected FloatingInflow() {
    }

    static FloatingInflow of(String by) {
        FloatingInflow i = new FloatingInflow();
        i.createdBy = by;
        return i;
    }

    void describe(String name, String phone, String homeOrgName, String homePlace, LocalDate since, PartyOrg hostOrg,
            String certNumber, String note) {
        this.name = name;
        this.phone = phone;
        this.homeOrgName = homeOrgName;
        this.homePlace = homePlace;
        this.since = since;
        this.hostOrg = hostOrg;
        this.certNumber = certNumber;
        this.note = note;
    }

    void link(Long memberId) {
        this.memberId = memberId;
    }

    void end(LocalDate on, String by) {
        endedOn = on;
        endedBy = by;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getHomeOrgName() {
        return homeOrgName;
    }

    public String getHomePlace() {
        return homePlace;
    }

    public LocalDate getSince() {
        return since;
    }

    public PartyOrg getHostOrg() {
        return hostOrg;
    }

    public String getCertNumber() {
        return certNumber;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
