package org.grassroots.neworg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/**
 * A non-public enterprise or social organization (两新组织) in a street, or in one of its communities,
 * and how Party building reaches it now. Its moves and coverage changes are dated history rows
 * ({@code new_org_move}, {@code new_org_coverage}); it closes on a date and is never deleted.
 */
@Entity
@Table(name = "new_org")
public class NewOrg extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NewOrgKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "street_id", nullable = false)
    private Long streetId;

    @Column(name = "community_id")
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", nullable = false)
    private LocationType locationType;

    private String address;

    @Column(nullable = false)
    private int employees;

    @Column(name = "members_employed", nullable = false)
    private int membersEmployed;

    @Column(name = "full_members_employed", nullable = false)
    private int fullMembersEmployed;

    @Enumerated(EnumType.STRING)
    @Column(name = "coverage_mode", nullable = false)
    private CoverageMode coverageMode;

    @Column(name = "party_org_id")
    private Long partyOrgId;

    private String instructorName;
    private String instructorPhone;
    private LocalDate instructorSince;

    @Column(name = "instructor_member_id")
    private Long instructorMemberId;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    private LocalDate closedOn;
    private String closeReason;

    protected NewOrg() {
    }

    static NewOrg at(long streetId, Long communityId) {
        NewOrg unit = new NewOrg();
        unit.streetId = streetId;
        unit.communityId = communityId;
        unit.coverageMode = CoverageMode.NONE;
        return unit;
    }

    void describe(NewOrgKind kind, String name, String creditCode, LocationType locationType, String address,
            int employees, int membersEmployed, int fullMembersEmployed, LocalDate openedOn) {
        this.kind = kind;
        this.name = name;
        this.creditCode = creditCode;
        this.locationType = locationType;
        this.address = address;
        this.employees = employees;
        this.membersEmployed = membersEmployed;
        this.fullMembersEmployed = fullMembersEmployed;
        this.openedOn = openedOn;
    }

    void cover(CoverageMode mode, Long partyOrgId, String instructorName, String instructorPhone,
            LocalDate instructorSince, Long instructorMemberId) {
        boolean instructor = mode == CoverageMode.INSTRUCTOR;
        this.coverageMode = mode;
        this.partyOrgId = mode.needsOrg() ? partyOrgId : null;
        this.instructorName = instructor ? instructorName : null;
        this.instructorPhone = instructor ? instructorPhone : null;
        this.instructorSince = instructor ? instructorSince : null;
        this.instructorMemberId = instructor ? instructorMemberId : null;
    }

    void moveTo(long streetId, Long communityId, String address) {
        this.streetId = streetId;
        this.communityId = communityId;
        if (address != null) {
            this.address = address;
        }
    }

    void close(LocalDate on, String reason) {
        this.closedOn = on;
        this.closeReason = reason;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /** The community, or the street when the unit sits in none of its communities. */
    public long getLocationId() {
        return communityId != null ? communityId : streetId;
    }

    public NewOrgKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Long getStreetId() {
        return streetId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public LocationType getLocationType() {
        return locationType;
    }

    public String getAddress() {
        return address;
    }

    public int getEmployees() {
        return employees;
    }

    public int getMembersEmployed() {
        return membersEmployed;
    }

    public int getFullMembersEmployed() {
        return fullMembersEmployed;
    }

    public CoverageMode getCoverageMode() {
        return coverageMode;
    }

    public Long getPartyOrgId() {
        return partyOrgId;
    }

    public String getInstructorName() {
        return instructorName;
    }

    public String getInstructorPhone() {
        return instructorPhone;
    }

    public String getInstructorPhoneMasked() {
        return Masking.phone(instructorPhone);
    }

    public LocalDate getInstructorSince() {
        return instructorSince;
    }

    public Long getInstructorMemberId() {
        return instructorMemberId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getCloseReason() {
        return closeReason;
    }
}
