package org.grassroots.grid;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a grid, building or unit; a bean so that every typed value re-displays. */
@Data
public class GridNodeForm {

    @NotBlank(message = "{grid.name.required}")
    @Size(max = 100, message = "{grid.name.size}")
    private String name;

    @Size(max = 200, message = "{grid.address.size}")
    private String address;

    @NotNull(message = "{grid.households.required}")
    @Min(value = 0, message = "{grid.households.negative}")
    private Integer households;

    @NotNull(message = "{grid.residents.required}")
    @Min(value = 0, message = "{grid.residents.negative}")
    private Integer residents;

    @Size(max = 1000, message = "{grid.notes.size}")
    private String notes;

    private Long partyOrgId;

    private Long version;

    static GridNodeForm blank() {
        GridNodeForm form = new GridNodeForm();
        form.households = 0;
        form.residents = 0;
        return form;
    }

    static GridNodeForm of(GridNode node) {
        GridNodeForm form = new GridNodeForm();
        form.name = node.getName();
        form.address = node.getAddress();
        form.households = node.getHouseholds();
        form.residents = node.getResidents();
        form.notes = node.getNotes();
        form.partyOrgId = node.getPartyOrgId();
        form.version = node.getVersion();
        return form;
    }
}
