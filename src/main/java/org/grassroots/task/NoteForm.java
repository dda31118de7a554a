package org.grassroots.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A progress note (or, blank, a plain acknowledgement) against the recipient row's version. */
@Data
public class NoteForm {

    @NotBlank(message = "{task.note.required}")
    @Size(max = 1000, message = "{task.note.size}")
    private String note;

    private Long version;
}
