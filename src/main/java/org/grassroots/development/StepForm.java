package org.grassroots.development;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** One step to record for a person; a bean so that every typed value re-displays after an error. */
@Data
public class StepForm {

    @NotNull(message = "{development.form.stepCode.required}")
    private StepCode stepCode;

    /** The day of the step; for an approval sent to the street, the day it was sent. */
    @NotNull(message = "{development.form.doneOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate doneOn;

    @NotBlank(message = "{development.form.decidedBy.required}")
    @Size(max = 120, message = "{development.form.decidedBy.size}")
    private String decidedBy;

    @Size(max = 500, message = "{development.form.note.size}")
    private String note;

    private Long introducer1Id;
    private Long introducer2Id;
    private Long mentor1Id;
    private Long mentor2Id;

    /** Only for an extension of the probation: 6 to 12. */
    private Integer extensionMonths;
}
