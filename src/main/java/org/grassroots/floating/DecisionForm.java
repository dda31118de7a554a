package org.grassroots.floating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** What the branch decided about a member out of contact, and when; recorded, never derived. */
@Data
public class DecisionForm {

    @NotNull(message = "{floating.decisionOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionOn;

    @NotBlank(message = "{floating.decisionText.required}")
    @Size(max = 500, message = "{floating.decisionText.size}")
    private String decisionText;

    private Long version;
}
