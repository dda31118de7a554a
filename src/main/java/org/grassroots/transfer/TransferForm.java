package org.grassroots.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A transfer as the sender drafts it, or an arrival from outside; a bean so every value re-displays. */
@Data
public class TransferForm {

    /** Required for a draft (the service says so); an arrival from outside is always IN. */
    private TransferKind kind;

    /** The receiving organization: any open organization of the system (WITHIN), one in scope (IN). */
    private Long toOrgId;

    /** Only for an arrival from outside: the person's full ID number, of a member record in scope. */
    @Size(max = 18, message = "{transfer.form.idNumber.size}")
    private String idNumber;

    @Size(max = 100, message = "{transfer.form.otherSide.size}")
    private String otherSide;

    @Size(max = 40, message = "{transfer.form.letterNumber.size}")
    private String letterNumber;

    @Pattern(regexp = "^$|^[0-9]{4}-(0[1-9]|1[0-2])$", message = "{transfer.form.duesPaidUntil.format}")
    private String duesPaidUntil;

    @NotNull(message = "{transfer.form.issuedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    /** Blank: the issue date plus {@code grassroots.transfer.validity-days}. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;
}
