package org.grassroots.neworg;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A dated move to another street or community; the old place stays in the history. */
@Data
public class MoveForm {

    @NotNull(message = "{neworg.movedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate movedOn;

    @NotNull(message = "{neworg.street.required}")
    private Long streetId;

    private Long communityId;

    @Size(max = 200, message = "{neworg.address.size}")
    private String address;

    @Size(max = 500, message = "{neworg.note.size}")
    private String note;

    private Long version;
}
