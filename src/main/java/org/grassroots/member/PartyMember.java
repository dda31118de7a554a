package org.grassroots.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;
import org.grassroots.shared.Masking;

/**
 * A Party member or a person on the way to membership. The ID number is held only encrypted, with
 * its keyed hash, its mask and its last four characters; birth date and gender come from it.
 */
@Entity
@Table(name = "party_member")
public class PartyMember extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(nullable = false)
    private String ethnicity;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "id_number_cipher", nullable = false)
    private byte[] idNumberCipher;

    @Column(name = "id_number_hash", nullable = false)
    private String idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;

    @Column(name = "id_number_tail", nullable = false)
    private String idNumberTail;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Education education;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Occupation occupation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_org_id")
    private PartyOrg org;

    @Column(name = "party_group_id")
    private Long partyGroupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "committee_role")
    private CommitteeRole committeeRole;

    @Column(name = "residence_community_id")
    private Long residenceCommunityId;

    @Column(name = "work_unit")
    private String workUnit;

    private LocalDate appliedOn;
    private LocalDate activistOn;
    private LocalDate candidateOn;
    private LocalDate admittedOn;
    private LocalDate fullMemberOn;
    private LocalDate leftOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected PartyMember() {
    }

    public static PartyMember register(String name, IdNumber idNumber, FieldCipher cipher, PartyOrg org,
            MemberStatus status) {
        PartyMember m = new PartyMember();
        m.name = name;
        m.assignIdNumber(idNumber, cipher);
        m.org = org;
        m.status = status;
        return m;
    }

    /** Stores the number encrypted and derives birth date and gender from it. */
    public void assignIdNumber(IdNumber idNumber, FieldCipher cipher) {
        this.idNumberCipher = cipher.encrypt(idNumber.value());
        this.idNumberHash = cipher.hash(idNumber.value());
        this.idNumberMasked = idNumber.masked();
        this.idNumberTail = idNumber.tail();
        this.birthDate = idNumber.birthDate();
        this.gender = idNumber.isMale() ? Gender.MALE : Gender.FEMALE;
        this.updatedAt = Instant.now();
    }

    public void describe(String newName, String newEthnicity, String newPhone, Education newEducation,
            Occupation newOccupation, Long residence, String newWorkUnit) {
        this.name = newName;
        this.ethnicity = newEthnicity;
        this.phone = newPhone;
        this.education = newEducation;
        this.occupation = newOccupation;
        this.residenceCommunityId = residence;
        this.workUnit = newWorkUnit;
        this.updatedAt = Instant.now();
    }

    public void recordMilestones(LocalDate applied, LocalDate activist, LocalDate candidate, LocalDate admitted,
            LocalDate full) {
        this.appliedOn = applied;
        this.activistOn = activist;
        this.candidateOn = candidate;
        this.admittedOn = admitted;
        this.fullMemberOn = full;
        this.updatedAt = Instant.now();
    }

    /** Moves the member to another organization; the history row is the caller's to write. */
    public PartyOrg moveTo(PartyOrg target) {
        PartyOrg previous = this.org;
        this.org = target;
        this.updatedAt = Instant.now();
        return previous;
    }

    public MemberStatus changeStatus(MemberStatus next, LocalDate on) {
        MemberStatus previous = this.status;
        this.status = next;
        this.leftOn = next.isCurrent() ? null : on;
        this.updatedAt = Instant.now();
        return previous;
    }

    /** Places the member in one of their branch's Party groups (or none) and on its committee (or not). */
    public void assignWithinBranch(Long groupId, CommitteeRole role) {
        this.partyGroupId = groupId;
        this.committeeRole = role;
        this.updatedAt = Instant.now();
    }

    public Long getPartyGroupId() {
        return partyGroupId;
    }

    public CommitteeRole getCommitteeRole() {
        return committeeRole;
    }

    public String revealIdNumber(FieldCipher cipher) {
        return cipher.decrypt(idNumberCipher);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public String getPhone() {
        return phone;
    }

    /** For lists: {@code 138****5678}. */
    public String getPhoneMasked() {
        return Masking.phone(phone);
    }

    public Education getEducation() {
        return education;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public PartyOrg getOrg() {
        return org;
    }

    public Long getResidenceCommunityId() {
        return residenceCommunityId;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getActivistOn() {
        return activistOn;
    }

    public LocalDate getCandidateOn() {
        return candidateOn;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getFullMemberOn() {
        return fullMemberOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
