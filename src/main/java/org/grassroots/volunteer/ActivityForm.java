package org.grassroots.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a volunteer activity. */
@Data
public class ActivityForm {

    @NotBlank(message = "{volunteer.activity.title.required}")
    @Size(max = 200, message = "{volunteer.activity.title.size}")
    private String title;

    @NotNull(message = "{volunteer.activity.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 200, message = "{volunteer.activity.place.size}")
    private String place;

    @Size(max = 2000, message = "{volunteer.activity.description.size}")
    private String description;

    private Long version;

    static ActivityForm of(VolunteerActivity a) {
        ActivityForm form = new ActivityForm();
        form.title = a.getTitle();
        form.heldOn = a.getHeldOn();
        form.place = a.getPlace();
        form.description = a.getDescription();
        form.version = a.getVersion();
        return form;
    }
}
