package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a need (需求清单). */
@Data
public class NeedForm {

    @NotBlank(message = "{regional.category.required}")
    @Size(max = 32, message = "{regional.category.unknown}")
    private String category;

    @NotBlank(message = "{regional.need.description.required}")
    @Size(max = 1000, message = "{regional.size.1000}")
    private String description;

    @NotNull(message = "{regional.need.urgency.required}")
    private Urgency urgency = Urgency.NORMAL;

    @NotNull(message = "{regional.need.raisedByKind.required}")
    private RaisedBy raisedByKind = RaisedBy.RESIDENT;

    @NotBlank(message = "{regional.need.raisedBy.required}")
    @Size(max = 100, message = "{regional.size.100}")
    private String raisedBy;

    @NotNull(message = "{regional.need.raisedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate raisedOn;

    private Long version;

    static NeedForm of(Need n) {
        NeedForm f = new NeedForm();
        f.category = n.getCategory();
        f.description = n.getDescription();
        f.urgency = n.getUrgency();
        f.raisedByKind = n.getRaisedByKind();
        f.raisedBy = n.getRaisedBy();
        f.raisedOn = n.getRaisedOn();
        f.version = n.getVersion();
        return f;
    }
}
