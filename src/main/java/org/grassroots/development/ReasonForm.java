package org.grassroots.development;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A reason: for returning a request to the branch, or for correcting a wrongly recorded step. */
@Data
public class ReasonForm {

    @NotBlank(message = "{development.form.reason.required}")
    @Size(max = 500, message = "{development.form.reason.size}")
    private String reason;

    /** The step's version when the page was opened. */
    private Long version;
}
