package org.grassroots.grid;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a cadre assignment: a member of the system, or a resident by name and phone. */
@Data
public class CadreForm {

    @NotNull(message = "{grid.cadre.role.required}")
    private CadreRole role;

    private Long memberId;

    @Size(max = 50, message = "{grid.cadre.residentName.size}")
    private String residentName;

    @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{member.phone.invalid}")
    private String residentPhone;

    @Min(value = 0, message = "{grid.households.negative}")
    private Integer households;

    @NotNull(message = "{grid.cadre.startOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOn;

    @Size(max = 500, message = "{grid.cadre.note.size}")
    private String note;

    private Long version;

    static CadreForm of(GridCadre c) {
        CadreForm form = new CadreForm();
        form.role = c.getRole();
        form.memberId = c.getMemberId();
        form.residentName = c.getResidentName();
        form.residentPhone = c.getResidentPhone();
        form.households = c.getHouseholds();
        form.startOn = c.getStartOn();
        form.endOn = c.getEndOn();
        form.note = c.getNote();
        form.version = c.getVersion();
        return form;
    }
}
