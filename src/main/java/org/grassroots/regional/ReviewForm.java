package org.grassroots.regional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for an agreement's yearly review. */
@Data
public class ReviewForm {

    @NotNull(message = "{regional.review.reviewedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewedOn;

    @NotNull(message = "{regional.review.result.required}")
    private ReviewResult result;

    @Size(max = 1000, message = "{regional.size.1000}")
    private String note;
}
