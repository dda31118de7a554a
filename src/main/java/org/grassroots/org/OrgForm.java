package org.grassroots.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for creating and editing an organization; a bean so that every typed value re-displays. */
@Data
public class OrgForm {

    @NotBlank(message = "{org.name.required}")
    @Size(max = 120, message = "{org.name.size}")
    private String name;

    @NotNull(message = "{org.type.required}")
    private OrgType type;

    @NotNull(message = "{org.category.required}")
    private OrgCategory category;

    private Long parentId;

    @NotNull(message = "{org.region.required}")
    private Long regionId;

    private Long secretaryId;

    private boolean hasCommittee;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{org.foundedOn.future}")
    private LocalDate foundedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEnd;

    private Long version;

    static OrgForm of(PartyOrg org) {
        OrgForm form = new OrgForm();
        form.name = org.getName();
        form.type = org.getType();
        form.category = org.getCategory();
        form.parentId = org.getParent() == null ? null : org.getParent().getId();
        form.regionId = org.getRegion().getId();
        form.secretaryId = org.getSecretaryId();
        form.hasCommittee = org.isHasCommittee();
        form.foundedOn = org.getFoundedOn();
        form.termStart = org.getTermStart();
        form.termEnd = org.getTermEnd();
        form.version = org.getVersion();
        return form;
    }
}
