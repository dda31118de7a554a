package org.grassroots.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;

/** Web input for an indicator: its group (none: top level), name, weight, source and target. */
@Data
public class IndicatorForm {

    private Long parentId;

    @NotBlank(message = "{assessment.indicator.name.required}")
    @Size(max = 100, message = "{assessment.indicator.name.size}")
    private String name;

    @NotNull(message = "{assessment.indicator.weight.required}")
    @DecimalMin(value = "0", message = "{assessment.indicator.weight.range}")
    @DecimalMax(value = "100", message = "{assessment.indicator.weight.range}")
    @Digits(integer = 3, fraction = 2, message = "{assessment.indicator.weight.digits}")
    private BigDecimal weight;

    @NotNull(message = "{assessment.indicator.source.required}")
    private Source source;

    @DecimalMin(value = "0.01", message = "{assessment.indicator.target.range}")
    @Digits(integer = 8, fraction = 2, message = "{assessment.indicator.target.range}")
    private BigDecimal target;

    private Long version;

    static IndicatorForm of(AssessmentIndicator i) {
        IndicatorForm f = new IndicatorForm();
        f.parentId = i.getParentId();
        f.name = i.getName();
        f.weight = i.getWeight();
        f.source = i.getSource();
        f.target = i.getTarget();
        f.version = i.getVersion();
        return f;
    }
}
