package org.grassroots.volunteer;

import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The day a volunteer leaves; blank means today. A bean so that a malformed day is a binding error, not a 404. */
@Data
public class LeaveForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;
}
