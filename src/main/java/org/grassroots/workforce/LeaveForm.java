package org.grassroots.workforce;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The day a person leaves a post; the row stays as history. */
@Data
public class LeaveForm {

    @NotNull(message = "{workforce.leave.endOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOn;

    private Long version;
}
