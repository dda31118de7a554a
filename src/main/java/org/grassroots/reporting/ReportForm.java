package org.grassroots.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Web input for a reporting period. A member of the system is named by the full ID number (blank on
 * edit keeps the linked member); anyone else by name and phone, with the employer's Party organization
 * by name. valid until may stay blank: the period then lasts the set number of months.
 */
@Data
public class ReportForm {

    @NotNull(message = "{reporting.report.kind.required}")
    private PersonKind kind;

    @Size(max = 32, message = "{reporting.report.idNumber.format}")
    private String idNumber;

    @Size(max = 50, message = "{reporting.report.personName.size}")
    private String personName;

    @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{member.phone.invalid}")
    private String personPhone;

    @NotBlank(message = "{reporting.report.employerName.required}")
    @Size(max = 200, message = "{reporting.report.employerName.size}")
    private String employerName;

    @Size(max = 200, message = "{reporting.report.employerOrgName.size}")
    private String employerOrgName;

    private Long employerUnitId;

    @NotNull(message = "{reporting.report.reportedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    @Size(max = 50, message = "{reporting.report.posts.size}")
    private List<Long> postIds = new ArrayList<>();

    @Size(max = 1000, message = "{reporting.report.note.size}")
    private String note;

    private Long version;

    static ReportForm of(MemberReport r) {
        ReportForm form = new ReportForm();
        form.kind = r.getMemberId() == null ? PersonKind.OUTSIDER : PersonKind.MEMBER;
        form.personName = r.getPersonName();
        form.personPhone = r.getPersonPhone();
        form.employerName = r.getEmployerName();
        form.employerOrgName = r.getEmployerOrgName();
        form.employerUnitId = r.getEmployerUnitId();
        form.reportedOn = r.getReportedOn();
        form.validUntil = r.getValidUntil();
        form.postIds = new ArrayList<>(r.getPostIds());
        form.note = r.getNote();
        form.version = r.getVersion();
        return form;
    }
}
