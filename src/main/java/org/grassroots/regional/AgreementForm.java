package org.grassroots.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a co-building agreement; commitments one item a line. */
@Data
public class AgreementForm {

    @NotNull(message = "{regional.agreement.org.required}")
    private Long partyOrgId;

    @NotNull(message = "{regional.agreement.unit.required}")
    private Long unitId;

    @NotBlank(message = "{regional.agreement.title.required}")
    @Size(max = 200, message = "{regional.size.200}")
    private String title;

    @NotNull(message = "{regional.agreement.startOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startOn;

    @NotNull(message = "{regional.agreement.endOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOn;

    @NotBlank(message = "{regional.agreement.commitments.required}")
    @Size(max = 4000, message = "{regional.size.4000}")
    private String ourCommitments;

    @NotBlank(message = "{regional.agreement.commitments.required}")
    @Size(max = 4000, message = "{regional.size.4000}")
    private String unitCommitments;

    private Long version;

    static AgreementForm of(Agreement a) {
        AgreementForm f = new AgreementForm();
        f.partyOrgId = a.getPartyOrgId();
        f.unitId = a.getUnitId();
        f.title = a.getTitle();
        f.startOn = a.getStartOn();
        f.endOn = a.getEndOn();
        f.ourCommitments = a.getOurCommitments();
        f.unitCommitments = a.getUnitCommitments();
        f.version = a.getVersion();
        return f;
    }
}
