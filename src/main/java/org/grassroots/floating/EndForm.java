package org.grassroots.floating;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The day an outflow member returned, or an inflow ended. */
@Data
public class EndForm {

    @NotNull(message = "{floating.endOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOn;

    private Long version;
}
