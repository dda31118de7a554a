package org.grassroots.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a service category: a code (capitals, digits, underscores), its names and its place in lists. */
@Data
public class CategoryForm {

    @NotBlank(message = "{reporting.category.code.required}")
    @Pattern(regexp = "^$|^[A-Z][A-Z0-9_]{1,31}$", message = "{reporting.category.code.format}")
    private String code;

    @NotBlank(message = "{reporting.category.nameZh.required}")
    @Size(max = 50, message = "{reporting.category.name.size}")
    private String nameZh;

    @NotBlank(message = "{reporting.category.nameEn.required}")
    @Size(max = 50, message = "{reporting.category.name.size}")
    private String nameEn;

    @NotNull(message = "{reporting.category.sortOrder.required}")
    @Min(value = 0, message = "{reporting.category.sortOrder.range}")
    @Max(value = 9999, message = "{reporting.category.sortOrder.range}")
    private Integer sortOrder;

    private Long version;

    static CategoryForm of(ServiceCategory c) {
        CategoryForm form = new CategoryForm();
        form.code = c.getCode();
        form.nameZh = c.getNameZh();
        form.nameEn = c.getNameEn();
        form.sortOrder = c.getSortOrder();
        form.version = c.getVersion();
        return form;
    }
}
