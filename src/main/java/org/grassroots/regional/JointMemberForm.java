package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a member unit of a joint meeting, its representative and liaison. */
@Data
public class JointMemberForm {

    @NotNull(message = "{regional.member.unit.required}")
    private Long unitId;

    @NotBlank(message = "{regional.member.representative.required}")
    @Size(max = 50, message = "{regional.size.50}")
    private String representative;

    @Size(max = 50, message = "{regional.size.50}")
    private String representativeTitle;

    @NotBlank(message = "{regional.member.liaison.required}")
    @Size(max = 50, message = "{regional.size.50}")
    private String liaisonName;

    @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{regional.phone.invalid}")
    private String liaisonPhone;

    @NotNull(message = "{regional.member.joinedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;

    private Long version;

    static JointMemberForm of(JointMember m) {
        JointMemberForm f = new JointMemberForm();
        f.unitId = m.getUnitId();
        f.representative = m.getRepresentative();
        f.representativeTitle = m.getRepresentativeTitle();
        f.liaisonName = m.getLiaisonName();
        f.liaisonPhone = m.getLiaisonPhone();
        f.joinedOn = m.getJoinedOn();
        f.leftOn = m.getLeftOn();
        f.version = m.getVersion();
        return f;
    }
}
