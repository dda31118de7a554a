package org.grassroots.resident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Web input for a unit's report to a community. The community is chosen when the report is made and
 * stays with it; an edit changes the rest.
 */
@Data
public class UnitReportForm {

    private Long communityId;

    @NotNull(message = "{resident.report.reportedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;

    @NotBlank(message = "{resident.report.contactName.required}")
    @Size(max = 50, message = "{resident.contactName.size}")
    private String contactName;

    @Pattern(regexp = ResidentUnitForm.PHONE, message = "{resident.phone.invalid}")
    private String contactPhone;

    @NotBlank(message = "{resident.report.commitments.required}")
    @Size(max = 2000, message = "{resident.report.commitments.size}")
    private String commitments;

    @Size(max = 1000, message = "{resident.report.note.size}")
    private String note;

    private Long version;

    /** A new report: today, with the unit's contact filled in. */
    static UnitReportForm forUnit(ResidentUnit unit, LocalDate today) {
        UnitReportForm form = new UnitReportForm();
        form.reportedOn = today;
        form.contactName = unit.getContactName();
        form.contactPhone = unit.getContactPhone();
        if (!unit.isStreetLevel()) {
            form.communityId = unit.getRegionId();
        }
        return form;
    }

    static UnitReportForm of(UnitReport report) {
        UnitReportForm form = new UnitReportForm();
        form.communityId = report.getCommunityId();
        form.reportedOn = report.getReportedOn();
        form.contactName = report.getContactName();
        form.contactPhone = report.getContactPhone();
        form.commitments = report.getCommitments();
        form.note = report.getNote();
        form.version = report.getVersion();
        return form;
    }
}
