package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a resource a unit offers (资源清单). */
@Data
public class ResourceForm {

    @NotNull(message = "{regional.resource.type.required}")
    private ResourceType type;

    @NotBlank(message = "{regional.category.required}")
    @Size(max = 32, message = "{regional.category.unknown}")
    private String category;

    @NotBlank(message = "{regional.resource.description.required}")
    @Size(max = 1000, message = "{regional.size.1000}")
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate availableFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate availableTo;

    @Size(max = 200, message = "{regional.size.200}")
    private String availability;

    private Long version;

    static ResourceForm of(UnitResource r) {
        ResourceForm f = new ResourceForm();
        f.type = r.getType();
        f.category = r.getCategory();
        f.description = r.getDescription();
        f.availableFrom = r.getAvailableFrom();
        f.availableTo = r.getAvailableTo();
        f.availability = r.getAvailability();
        f.version = r.getVersion();
        return f;
    }
}
