package org.grassroots.resident;

import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The day of a receipt or of a report's end, from the small forms on the unit and community pages. */
@Data
public class ReportDateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
}
