package org.grassroots.floating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** An inflow as the host organization records it; a bean so every value re-displays. */
@Data
public class InflowForm {

    @NotBlank(message = "{floating.name.required}")
    @Size(max = 50, message = "{floating.name.size}")
    private String name;

    @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{floating.phone.invalid}")
    private String phone;

    @NotBlank(message = "{floating.homeOrgName.required}")
    @Size(max = 100, message = "{floating.homeOrgName.size}")
    private String homeOrgName;

    @Size(max = 100, message = "{floating.homePlace.size}")
    private String homePlace;

    @NotNull(message = "{floating.since.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    @NotNull(message = "{floating.hostOrg.required}")
    private Long hostOrgId;

    @Size(max = 40, message = "{floating.certNumber.size}")
    private String certNumber;

    /** Optional, never stored: the full ID number of a member record of the system, to link it. */
    @Size(max = 18, message = "{floating.idNumber.size}")
    private String idNumber;

    @Size(max = 500, message = "{floating.note.size}")
    private String note;

    private Long version;

    static InflowForm of(FloatingInflow i) {
        InflowForm form = new InflowForm();
        form.name = i.getName();
        form.phone = i.getPhone();
        form.homeOrgName = i.getHomeOrgName();
        form.homePlace = i.getHomePlace();
        form.since = i.getSince();
        form.hostOrgId = i.getHostOrg().getId();
        form.certNumber = i.getCertNumber();
        form.note = i.getNote();
        form.version = i.getVersion();
        return form;
    }
}
