package org.grassroots.funds;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a spending entry of a year: the day must fall in the year; amount in yuan, two decimals. */
@Data
public class SpendingForm {

    @NotNull(message = "{funds.year.required}")
    private Integer year;

    @NotNull(message = "{funds.spentOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate spentOn;

    @NotNull(message = "{funds.category.required}")
    private FundCategory category;

    @NotNull(message = "{funds.amount.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{funds.amount.positive}")
    @Digits(integer = 12, fraction = 2, message = "{funds.amount.digits}")
    private BigDecimal amount;

    @NotBlank(message = "{funds.purpose.required}")
    @Size(max = 200, message = "{funds.purpose.size}")
    private String purpose;

    private Long version;

    static SpendingForm of(FundSpending s) {
        SpendingForm form = new SpendingForm();
        form.year = s.getSpentOn().getYear();
        form.spentOn = s.getSpentOn();
        form.category = s.getCategory();
        form.amount = s.getAmount();
        form.purpose = s.getPurpose();
        form.version = s.getVersion();
        return form;
    }
}
