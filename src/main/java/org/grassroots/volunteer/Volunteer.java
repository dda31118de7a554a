package org.grassroots.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/**
 * A registered volunteer (志愿者) of a community: a member of the system, or a resident by name and
 * phone. A volunteer leaves on a day and is never deleted, so past hours keep their person.
 */
@Entity
@Table(name = "volunteer")
public class Volunteer extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "member_id")
    private Long memberId;

    private String personName;
    private String personPhone;
    private String skills;

    @Column(nullable = false)
    private LocalDate registeredOn;

    private LocalDate leftOn;

    protected Volunteer() {
    }

    static Volunteer of(long communityId) {
        Volunteer v = new Volunteer();
        v.communityId = communityId;
        return v;
    }

    /** A member is named by the record, a resident by name and phone; never both. */
    void describe(Long memberId, String personName, String personPhone, String skills, LocalDate registeredOn,
            LocalDate leftOn) {
        this.memberId = memberId;
        this.personName = memberId == null ? personName : null;
        this.personPhone = memberId == null ? personPhone : null;
        this.skills = skills;
        this.registeredOn = registeredOn;
        this.leftOn = leftOn;
    }

    void leave(LocalDate on) {
        this.leftOn = on;
    }

    /** Registered and not left: the volunteers a community counts today. */
    public boolean isCurrent() {
        return leftOn == null;
    }

    /** Registered on the day and not gone before it (leaving on the day still serves that day). */
    public boolean servesOn(LocalDate day) {
        return !registeredOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public String getSkills() {
        return skills;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
