package org.grassroots.dues;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import lombok.Data;

/** Web input for a member's dues base from a month on. */
@Data
public class BaseForm {

    @NotNull(message = "{dues.base.effectiveMonth.required}")
    private YearMonth effectiveMonth;

    @NotNull(message = "{dues.base.category.required}")
    private DuesCategory category;

    @DecimalMin(value = "1.00", message = "{dues.base.monthlyBase.min}")
    @DecimalMax(value = "9999999999.99", message = "{dues.amount.digits}")
    @Digits(integer = 10, fraction = 2, message = "{dues.amount.digits}")
    private BigDecimal monthlyBase;

    @NotNull(message = "{dues.base.kind.required}")
    private BaseKind kind;

    @Size(max = 500, message = "{dues.note.size}")
    private String note;
}
