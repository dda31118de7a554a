package org.grassroots.regional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Web input for a project (项目清单). The need is checked in the service so that a project without
 * one gets its own message beside the field.
 */
@Data
public class ProjectForm {

    private Long needId;

    private List<Long> resourceIds = new ArrayList<>();

    @NotBlank(message = "{regional.project.name.required}")
    @Size(max = 200, message = "{regional.size.200}")
    private String name;

    @NotBlank(message = "{regional.project.owner.required}")
    @Size(max = 100, message = "{regional.size.100}")
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotNull(message = "{regional.project.status.required}")
    private ProjectStatus status = ProjectStatus.PLANNED;

    @Size(max = 2000, message = "{regional.size.2000}")
    private String outcome;

    @Min(value = 0, message = "{regional.project.peopleServed.negative}")
    private Integer peopleServed;

    private ProjectOrigin origin = ProjectOrigin.MATCH;

    private Long version;

    static ProjectForm of(Project p) {
        ProjectForm f = new ProjectForm();
        f.needId = p.getNeedId();
        f.resourceIds = new ArrayList<>(p.getResourceIds());
        f.name = p.getName();
        f.owner = p.getOwner();
        f.deadline = p.getDeadline();
        f.status = p.getStatus();
        f.outcome = p.getOutcome();
        f.peopleServed = p.getPeopleServed();
        f.origin = p.getOrigin();
        f.version = p.getVersion();
        return f;
    }
}
