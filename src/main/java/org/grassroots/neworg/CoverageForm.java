package org.grassroots.neworg;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A dated change of how Party building reaches a unit; kept as a history row. */
@Data
public class CoverageForm {

    @NotNull(message = "{neworg.changedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changedOn;

    @NotNull(message = "{neworg.coverageMode.required}")
    private CoverageMode coverageMode;

    private Long partyOrgId;

    @Size(max = 50, message = "{neworg.instructorName.size}")
    private String instructorName;

    @Pattern(regexp = NewOrgForm.PHONE, message = "{neworg.phone.invalid}")
    private String instructorPhone;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate instructorSince;

    @Size(max = 18, message = "{neworg.idNumber.invalid}")
    private String instructorIdNumber;

    @Size(max = 500, message = "{neworg.note.size}")
    private String note;

    private Long version;

    static CoverageForm of(NewOrg unit, LocalDate today) {
        CoverageForm form = new CoverageForm();
        form.changedOn = today;
        form.coverageMode = unit.getCoverageMode();
        form.partyOrgId = unit.getPartyOrgId();
        form.instructorName = unit.getInstructorName();
        form.instructorPhone = unit.getInstructorPhone();
        form.instructorSince = unit.getInstructorSince();
        form.version = unit.getVersion();
        return form;
    }
}
