package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a follow-up item (督办事项). */
@Data
public class FollowUpForm {

    private Long meetingId;

    @NotBlank(message = "{regional.followUp.title.required}")
    @Size(max = 300, message = "{regional.size.300}")
    private String title;

    @NotNull(message = "{regional.followUp.owner.required}")
    private Long ownerUnitId;

    @NotNull(message = "{regional.followUp.dueOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    @NotNull(message = "{regional.followUp.status.required}")
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Size(max = 1000, message = "{regional.size.1000}")
    private String note;

    private Long version;

    static FollowUpForm of(FollowUp f) {
        FollowUpForm form = new FollowUpForm();
        form.meetingId = f.getMeetingId();
        form.title = f.getTitle();
        form.ownerUnitId = f.getOwnerUnitId();
        form.dueOn = f.getDueOn();
        form.status = f.getStatus();
        form.note = f.getNote();
        form.version = f.getVersion();
        return form;
    }
}
