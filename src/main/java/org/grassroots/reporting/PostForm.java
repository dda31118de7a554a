package org.grassroots.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a service post: its category, name, description and how many people it takes (blank: any). */
@Data
public class PostForm {

    @NotBlank(message = "{reporting.post.category.required}")
    @Size(max = 32, message = "{reporting.post.category.unknown}")
    private String categoryCode;

    @NotBlank(message = "{reporting.post.name.required}")
    @Size(max = 100, message = "{reporting.post.name.size}")
    private String name;

    @Size(max = 1000, message = "{reporting.post.description.size}")
    private String description;

    @Min(value = 1, message = "{reporting.post.capacity.range}")
    @Max(value = 9999, message = "{reporting.post.capacity.range}")
    private Integer capacity;

    private Long version;

    static PostForm of(ServicePost p) {
        PostForm form = new PostForm();
        form.categoryCode = p.getCategoryCode();
        form.name = p.getName();
        form.description = p.getDescription();
        form.capacity = p.getCapacity();
        form.version = p.getVersion();
        return form;
    }
}
