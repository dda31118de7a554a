package org.grassroots.floating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** An outflow as the home organization records it; a bean so every value re-displays. */
@Data
public class OutflowForm {

    @NotBlank(message = "{floating.destination.required}")
    @Size(max = 100, message = "{floating.destination.size}")
    private String destination;

    /** Optional: the host organization, when it is in the system. */
    private Long hostOrgId;

    @NotNull(message = "{floating.reason.required}")
    private OutflowReason reason;

    @NotNull(message = "{floating.since.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    @Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{floating.phone.invalid}")
    private String phone;

    @Size(max = 100, message = "{floating.otherContact.size}")
    private String otherContact;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedReturnOn;

    @Size(max = 40, message = "{floating.certNumber.size}")
    private String certNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certIssuedOn;

    private CertificateStatus certStatus;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastReviewOn;

    private Long version;

    static OutflowForm of(FloatingOutflow f) {
        OutflowForm form = new OutflowForm();
        form.destination = f.getDestination();
        form.hostOrgId = f.getHostOrg() == null ? null : f.getHostOrg().getId();
        form.reason = f.getReason();
        form.since = f.getSince();
        form.phone = f.getPhone();
        form.otherContact = f.getOtherContact();
        form.expectedReturnOn = f.getExpectedReturnOn();
        form.certNumber = f.getCertNumber();
        form.certIssuedOn = f.getCertIssuedOn();
        form.certStatus = f.getCertStatus();
        form.lastReviewOn = f.getLastReviewOn();
        form.version = f.getVersion();
        return form;
    }
}
