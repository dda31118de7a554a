package org.grassroots.neworg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Web input for registering or editing a unit; a bean so that every typed value re-displays after an
 * error. The place and the first coverage are taken only at registration: later they change through
 * a dated move or coverage change, so that the history stays.
 */
@Data
public class NewOrgForm {

    /** Mobile numbers and fixed lines with area code. */
    static final String PHONE = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$";

    @NotNull(message = "{neworg.kind.required}")
    private NewOrgKind kind;

    @NotBlank(message = "{neworg.name.required}")
    @Size(max = 200, message = "{neworg.name.size}")
    private String name;

    @NotBlank(message = "{neworg.creditCode.required}")
    @Size(max = 30, message = "{neworg.creditCode.invalid}")
    private String creditCode;

    private Long streetId;

    private Long communityId;

    @NotNull(message = "{neworg.locationType.required}")
    private LocationType locationType;

    @Size(max = 200, message = "{neworg.address.size}")
    private String address;

    @NotNull(message = "{neworg.employees.required}")
    @Min(value = 0, message = "{neworg.count.range}")
    @Max(value = 1_000_000, message = "{neworg.count.range}")
    private Integer employees;

    @NotNull(message = "{neworg.membersEmployed.required}")
    @Min(value = 0, message = "{neworg.count.range}")
    @Max(value = 100_000, message = "{neworg.count.range}")
    private Integer membersEmployed;

    @NotNull(message = "{neworg.fullMembersEmployed.required}")
    @Min(value = 0, message = "{neworg.count.range}")
    @Max(value = 100_000, message = "{neworg.count.range}")
    private Integer fullMembersEmployed;

    @NotNull(message = "{neworg.openedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;

    private CoverageMode coverageMode;

    private Long partyOrgId;

    @Size(max = 50, message = "{neworg.instructorName.size}")
    private String instructorName;

    @Pattern(regexp = PHONE, message = "{neworg.phone.invalid}")
    private String instructorPhone;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate instructorSince;

    @Size(max = 18, message = "{neworg.idNumber.invalid}")
    private String instructorIdNumber;

    private Long version;

    static NewOrgForm of(NewOrg unit) {
        NewOrgForm form = new NewOrgForm();
        form.kind = unit.getKind();
        form.name = unit.getName();
        form.creditCode = unit.getCreditCode();
        form.streetId = unit.getStreetId();
        form.communityId = unit.getCommunityId();
        form.locationType = unit.getLocationType();
        form.address = unit.getAddress();
        form.employees = unit.getEmployees();
        form.membersEmployed = unit.getMembersEmployed();
        form.fullMembersEmployed = unit.getFullMembersEmployed();
        form.openedOn = unit.getOpenedOn();
        form.coverageMode = unit.getCoverageMode();
        form.partyOrgId = unit.getPartyOrgId();
        form.instructorName = unit.getInstructorName();
        form.instructorSince = unit.getInstructorSince();
        form.version = unit.getVersion();
        return form;
    }

    /** The coverage part of a registration, for the shared checks with a coverage change. */
    CoverageForm coverage() {
        CoverageForm c = new CoverageForm();
        c.setChangedOn(openedOn);
        c.setCoverageMode(coverageMode);
        c.setPartyOrgId(partyOrgId);
        c.setInstructorName(instructorName);
        c.setInstructorPhone(instructorPhone);
        c.setInstructorSince(instructorSince);
        c.setInstructorIdNumber(instructorIdNumber);
        return c;
    }
}
