package org.grassroots.resident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a resident unit; a bean so that every typed value re-displays after an error. */
@Data
public class ResidentUnitForm {

    /** Mobile numbers and fixed lines with area code, as the member form accepts them. */
    static final String PHONE = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$";

    @NotBlank(message = "{resident.unit.name.required}")
    @Size(max = 200, message = "{resident.unit.name.size}")
    private String name;

    @NotNull(message = "{resident.unit.kind.required}")
    private UnitKind kind;

    @Size(max = 200, message = "{resident.unit.address.size}")
    private String address;

    private Long partyOrgId;

    @Size(max = 200, message = "{resident.unit.partyOrgName.size}")
    private String partyOrgName;

    @Size(max = 50, message = "{resident.contactName.size}")
    private String contactName;

    @Pattern(regexp = PHONE, message = "{resident.phone.invalid}")
    private String contactPhone;

    @Size(max = 1000, message = "{resident.unit.notes.size}")
    private String notes;

    private Long version;

    static ResidentUnitForm of(ResidentUnit unit) {
        ResidentUnitForm form = new ResidentUnitForm();
        form.name = unit.getName();
        form.kind = unit.getKind();
        form.address = unit.getAddress();
        form.partyOrgId = unit.getPartyOrgId();
        form.partyOrgName = unit.getPartyOrgName();
        form.contactName = unit.getContactName();
        form.contactPhone = unit.getContactPhone();
        form.notes = unit.getNotes();
        form.version = unit.getVersion();
        return form;
    }
}
