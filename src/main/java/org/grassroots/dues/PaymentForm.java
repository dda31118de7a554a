package org.grassroots.dues;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a dues payment: consecutive months, the amount they owe, and any voluntary extra. */
@Data
public class PaymentForm {

    @NotNull(message = "{dues.months.required}")
    private YearMonth fromMonth;

    @NotNull(message = "{dues.months.required}")
    private YearMonth toMonth;

    @NotNull(message = "{dues.payment.amount.required}")
    @DecimalMin(value = "0.00", message = "{dues.amount.negative}")
    @Digits(integer = 8, fraction = 2, message = "{dues.amount.digits}")
    private BigDecimal amount;

    @DecimalMin(value = "0.00", message = "{dues.amount.negative}")
    @Digits(integer = 8, fraction = 2, message = "{dues.amount.digits}")
    private BigDecimal extraAmount;

    @NotNull(message = "{dues.payment.method.required}")
    private PaymentMethod method;

    @NotNull(message = "{dues.payment.paidOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @Size(max = 500, message = "{dues.note.size}")
    private String note;

    /** A voided payment of the same member that this one corrects. */
    private Long replacesId;
}
