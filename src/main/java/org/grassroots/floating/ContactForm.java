package org.grassroots.floating;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** One contact with an outflow member. */
@Data
public class ContactForm {

    @NotNull(message = "{floating.contactOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contactOn;

    @NotNull(message = "{floating.way.required}")
    private ContactWay way;

    @Size(max = 500, message = "{floating.note.size}")
    private String note;
}
