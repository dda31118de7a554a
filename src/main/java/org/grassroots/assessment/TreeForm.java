package org.grassroots.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a tree's name, year and assessed level. */
@Data
public class TreeForm {

    @NotBlank(message = "{assessment.tree.name.required}")
    @Size(max = 100, message = "{assessment.tree.name.size}")
    private String name;

    @NotNull(message = "{assessment.tree.year.required}")
    @Min(value = 2000, message = "{assessment.tree.year.range}")
    @Max(value = 2100, message = "{assessment.tree.year.range}")
    private Integer year;

    @NotNull(message = "{assessment.tree.level.required}")
    private AssessedLevel assessedLevel;

    private Long version;

    static TreeForm of(AssessmentTree tree) {
        TreeForm f = new TreeForm();
        f.name = tree.getName();
        f.year = tree.getYear();
        f.assessedLevel = tree.getAssessedLevel();
        f.version = tree.getVersion();
        return f;
    }
}
