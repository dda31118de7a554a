package org.grassroots.volunteer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a volunteer: a member of the community, or a resident by name and phone. */
@Data
public class VolunteerForm {

    private Long memberId;

    @Size(max = 50, message = "{volunteer.personName.size}")
    private String personName;

    @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{member.phone.invalid}")
    private String personPhone;

    @Size(max = 200, message = "{volunteer.skills.size}")
    private String skills;

    @NotNull(message = "{volunteer.registeredOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;

    /** Only on the edit form, to correct a leaving day. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;

    private Long version;

    static VolunteerForm of(Volunteer v) {
        VolunteerForm form = new VolunteerForm();
        form.memberId = v.getMemberId();
        form.personName = v.getPersonName();
        form.personPhone = v.getPersonPhone();
        form.skills = v.getSkills();
        form.registeredOn = v.getRegisteredOn();
        form.leftOn = v.getLeftOn();
        form.version = v.getVersion();
        return form;
    }
}
