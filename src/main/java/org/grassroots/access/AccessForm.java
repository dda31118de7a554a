package org.grassroots.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for registering or amending a request; a bean so that every typed value re-displays. */
@Data
public class AccessForm {

    @NotBlank(message = "{access.department.required}")
    @Size(max = 100, message = "{access.department.size}")
    private String department;

    @NotNull(message = "{access.kind.required}")
    private AccessKind kind;

    @NotBlank(message = "{access.title.required}")
    @Size(max = 200, message = "{access.title.size}")
    private String title;

    @Size(max = 2000, message = "{access.description.size}")
    private String description;

    private boolean allCommunities;

    /** The chosen communities of the street; ignored when allCommunities is set. */
    @Size(max = 200, message = "{access.communityIds.size}")
    private List<Long> communityIds = new ArrayList<>();

    @NotNull(message = "{access.requestedFrom.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedTo;

    @Min(value = 0, message = "{access.burdenHours.negative}")
    @Max(value = 100000, message = "{access.burdenHours.max}")
    private Integer burdenHours;

    @Size(max = 500, message = "{access.basis.size}")
    private String basis;

    private Long version;

    static AccessForm blank(LocalDate today) {
        AccessForm form = new AccessForm();
        form.kind = AccessKind.TASK;
        form.requestedFrom = today;
        return form;
    }

    static AccessForm of(AccessRequest r) {
        AccessForm form = new AccessForm();
        form.department = r.getDepartment();
        form.kind = r.getKind();
        form.title = r.getTitle();
        form.description = r.getDescription();
        form.allCommunities = r.isAllCommunities();
        form.communityIds = new ArrayList<>(r.getCommunityIds().stream().sorted().toList());
        form.requestedFrom = r.getRequestedFrom();
        form.requestedTo = r.getRequestedTo();
        form.burdenHours = r.getBurdenHours();
        form.basis = r.getBasis();
        form.version = r.getVersion();
        return form;
    }
}
