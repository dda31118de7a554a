package org.grassroots.development;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The approving committee's decision on a request in its queue. */
@Data
public class ApprovalForm {

    @NotNull(message = "{development.form.approvedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;

    @Size(max = 500, message = "{development.form.note.size}")
    private String note;

    /** The request's version when the page was opened: a decision taken meanwhile is not overwritten. */
    private Long version;
}
