package org.grassroots.volunteer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.Data;

/** Web input for one volunteer's hours on an activity: more than 0 and at most 24, in tenths. */
@Data
public class HoursForm {

    @NotNull(message = "{volunteer.hours.volunteer.required}")
    private Long volunteerId;

    @NotNull(message = "{volunteer.hours.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{volunteer.hours.range}")
    @DecimalMax(value = "24", message = "{volunteer.hours.range}")
    @Digits(integer = 2, fraction = 1, message = "{volunteer.hours.digits}")
    private BigDecimal hours;
}
