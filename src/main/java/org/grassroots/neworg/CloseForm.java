package org.grassroots.neworg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a unit (deregistered, dissolved, moved out of the city): the day and the reason. */
@Data
public class CloseForm {

    @NotNull(message = "{neworg.closedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;

    @NotBlank(message = "{neworg.closeReason.required}")
    @Size(max = 500, message = "{neworg.closeReason.size}")
    private String reason;

    private Long version;
}
