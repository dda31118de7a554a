package org.grassroots.reporting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a service: the day, the hours (one decimal), the post (optional), what was done, who confirmed. */
@Data
public class ServiceForm {

    @NotNull(message = "{reporting.service.servedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate servedOn;

    @NotNull(message = "{reporting.service.hours.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{reporting.service.hours.range}")
    @DecimalMax(value = "24", message = "{reporting.service.hours.range}")
    @Digits(integer = 2, fraction = 1, message = "{reporting.service.hours.digits}")
    private BigDecimal hours;

    private Long postId;

    @NotBlank(message = "{reporting.service.description.required}")
    @Size(max = 1000, message = "{reporting.service.description.size}")
    private String description;

    @Size(max = 50, message = "{reporting.service.confirmedBy.size}")
    private String confirmedBy;

    private Long version;

    static ServiceForm of(ServiceRecord s) {
        ServiceForm form = new ServiceForm();
        form.servedOn = s.getServedOn();
        form.hours = s.getHours();
        form.postId = s.getPostId();
        form.description = s.getDescription();
        form.confirmedBy = s.getConfirmedBy();
        form.version = s.getVersion();
        return form;
    }
}
