package org.grassroots.dues;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import lombok.Data;

/** Web input for a hardship reduction request: the months, what each would owe instead (0: exempt), why. */
@Data
public class ReductionForm {

    @NotNull(message = "{dues.months.required}")
    private YearMonth fromMonth;

    @NotNull(message = "{dues.months.required}")
    private YearMonth toMonth;

    @NotNull(message = "{dues.reduction.amount.required}")
    @DecimalMin(value = "0.00", message = "{dues.amount.negative}")
    @Digits(integer = 8, fraction = 2, message = "{dues.amount.digits}")
    private BigDecimal monthlyAmount;

    @NotBlank(message = "{dues.reduction.reason.required}")
    @Size(max = 500, message = "{dues.note.size}")
    private String reason;
}
