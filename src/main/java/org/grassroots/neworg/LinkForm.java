package org.grassroots.neworg;

import jakarta.validation.constraints.Size;
import lombok.Data;

/** Links a Party member working in the unit: a member in scope, or anyone current by the full ID number. */
@Data
public class LinkForm {

    private Long memberId;

    @Size(max = 18, message = "{neworg.idNumber.invalid}")
    private String idNumber;
}
