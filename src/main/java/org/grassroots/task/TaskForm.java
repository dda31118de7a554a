package org.grassroots.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a new or forwarded task; a bean so that every typed value re-displays. */
@Data
public class TaskForm {

    @NotBlank(message = "{task.title.required}")
    @Size(max = 200, message = "{task.title.size}")
    private String title;

    @NotBlank(message = "{task.content.required}")
    @Size(max = 4000, message = "{task.content.size}")
    private String content;

    @NotNull(message = "{task.deadline.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotNull(message = "{task.priority.required}")
    private TaskPriority priority;

    @NotNull(message = "{task.evidenceKind.required}")
    private EvidenceKind evidenceKind;

    @NotNull(message = "{task.audience.required}")
    private Audience audience;

    @Size(max = 500, message = "{task.recipients.tooMany}")
    private List<Long> regionIds = new ArrayList<>();

    @Size(max = 500, message = "{task.recipients.tooMany}")
    private List<Long> orgIds = new ArrayList<>();

    static TaskForm blank() {
        TaskForm form = new TaskForm();
        form.priority = TaskPriority.NORMAL;
        form.evidenceKind = EvidenceKind.TEXT;
        form.audience = Audience.ALL_BELOW;
        return form;
    }

    /** A forwarded task starts as the received one; the evidence kind stays the parent's. */
    static TaskForm forwardOf(WorkTask parent) {
        TaskForm form = blank();
        form.title = parent.getTitle();
        form.content = parent.getContent();
        form.deadline = parent.getDeadline();
        form.priority = parent.getPriority();
        form.evidenceKind = parent.getEvidenceKind();
        return form;
    }
}
