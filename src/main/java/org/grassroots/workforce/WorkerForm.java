package org.grassroots.workforce;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.grassroots.member.Education;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Web input for a post in the worker team: a member of the system (name, birth year and education
 * taken from the record when left blank) or a person by name.
 */
@Data
public class WorkerForm {

    private Long memberId;

    @Size(max = 50, message = "{workforce.name.size}")
    private String name;

    @NotNull(message = "{workforce.role.required}")
    private WorkerRole role;

    @NotNull(message = "{workforce.fullTime.required}")
    private Boolean fullTime;

    @Min(value = 1930, message = "{workforce.birthYear.range}")
    @Max(value = 2010, message = "{workforce.birthYear.range}")
    private Integer birthYear;

    private Education education;

    @NotNull(message = "{workforce.startOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOn;

    @NotNull(message = "{workforce.certificate.required}")
    private Certificate certificate = Certificate.NONE;

    @Size(max = 100, message = "{workforce.dispatchingUnit.size}")
    private String dispatchingUnit;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEndOn;

    @Size(max = 500, message = "{workforce.note.size}")
    private String note;

    private Long version;

    static WorkerForm of(CommunityWorker w) {
        WorkerForm form = new WorkerForm();
        form.memberId = w.getMemberId();
        form.name = w.getName();
        form.role = w.getRole();
        form.fullTime = w.isFullTime();
        form.birthYear = w.getBirthYear();
        form.education = w.getEducation();
        form.startOn = w.getStartOn();
        form.endOn = w.getEndOn();
        form.certificate = w.getCertificate();
        form.dispatchingUnit = w.getDispatchingUnit();
        form.termEndOn = w.getTermEndOn();
        form.note = w.getNote();
        form.version = w.getVersion();
        return form;
    }
}
