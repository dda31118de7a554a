package org.grassroots.transfer;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The day the receiving side received the transfer (or, for a transfer out, the day the 回执 came back). */
@Data
public class ReceiveForm {

    @NotNull(message = "{transfer.form.receivedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    /** The transfer's version when the page was opened. */
    private Long version;
}
