package org.grassroots.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Why the receiving side gives a transfer back. */
@Data
public class ReturnForm {

    @NotBlank(message = "{transfer.form.reason.required}")
    @Size(max = 500, message = "{transfer.form.reason.size}")
    private String reason;

    /** The transfer's version when the page was opened. */
    private Long version;
}
