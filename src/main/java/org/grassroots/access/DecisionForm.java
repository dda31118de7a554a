package org.grassroots.access;

import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input for a decision: the note (the reason, for a refusal) and the version the decider saw. */
@Data
public class DecisionForm {

    @Size(max = 1000, message = "{access.note.size}")
    private String note;

    private Long version;

    static DecisionForm of(AccessRequest r) {
        DecisionForm form = new DecisionForm();
        form.version = r.getVersion();
        return form;
    }
}
