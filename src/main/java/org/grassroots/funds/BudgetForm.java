package org.grassroots.funds;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;

/** Web input for a budget line: year, category, source and amount in yuan (two decimals at most). */
@Data
public class BudgetForm {

    @NotNull(message = "{funds.year.required}")
    @Min(value = 2000, message = "{funds.year.range}")
    @Max(value = 2100, message = "{funds.year.range}")
    private Integer year;

    @NotNull(message = "{funds.category.required}")
    private FundCategory category;

    @NotNull(message = "{funds.source.required}")
    private FundSource source;

    @NotNull(message = "{funds.amount.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{funds.amount.positive}")
    @Digits(integer = 12, fraction = 2, message = "{funds.amount.digits}")
    private BigDecimal amount;

    @Size(max = 200, message = "{funds.note.size}")
    private String note;

    private Long version;

    static BudgetForm of(FundBudget b) {
        BudgetForm form = new BudgetForm();
        form.year = b.getYear();
        form.category = b.getCategory();
        form.source = b.getSource();
        form.amount = b.getAmount();
        form.note = b.getNote();
        form.version = b.getVersion();
        return form;
    }
}
