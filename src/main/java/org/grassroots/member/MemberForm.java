package org.grassroots.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a member; a bean so that every typed value re-displays after an error. */
@Data
public class MemberForm {

    @NotBlank(message = "{member.name.required}")
    @Size(max = 50, message = "{member.name.size}")
    private String name;

    /** Required on create; on edit a blank value keeps the stored number. Checked in the service. */
    @Size(max = 18, message = "{member.idNumber.invalid}")
    private String idNumber;

    @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{member.phone.invalid}")
    private String phone;

    @NotBlank(message = "{member.ethnicity.required}")
    private String ethnicity = "汉族";

    @NotNull(message = "{member.education.required}")
    private Education education;

    @NotNull(message = "{member.occupation.required}")
    private Occupation occupation;

    @NotNull(message = "{member.status.required}")
    private MemberStatus status;

    @NotNull(message = "{member.org.required}")
    private Long orgId;

    private Long residenceCommunityId;

    /** A Party group of the member's branch, or none. */
    private Long partyGroupId;

    /** A seat on the branch committee, or none. */
    private CommitteeRole committeeRole;

    @Size(max = 120, message = "{member.workUnit.size}")
    private String workUnit;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate appliedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate activistOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate candidateOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admittedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fullMemberOn;

    /** When a change of status or organization took effect; today when blank. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changeDate;

    private Long version;

    static MemberForm of(PartyMember m) {
        MemberForm f = new MemberForm();
        f.name = m.getName();
        f.phone = m.getPhone();
        f.ethnicity = m.getEthnicity();
        f.education = m.getEducation();
        f.occupation = m.getOccupation();
        f.status = m.getStatus();
        f.orgId = m.getOrg().getId();
        f.residenceCommunityId = m.getResidenceCommunityId();
        f.partyGroupId = m.getPartyGroupId();
        f.committeeRole = m.getCommitteeRole();
        f.workUnit = m.getWorkUnit();
        f.appliedOn = m.getAppliedOn();
        f.activistOn = m.getActivistOn();
        f.candidateOn = m.getCandidateOn();
        f.admittedOn = m.getAdmittedOn();
        f.fullMemberOn = m.getFullMemberOn();
        f.version = m.getVersion();
        return f;
    }
}
