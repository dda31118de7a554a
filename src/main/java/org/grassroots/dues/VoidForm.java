package org.grassroots.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Web input to void a mistaken payment: the reason, and the version the form was opened on. */
@Data
public class VoidForm {

    @NotBlank(message = "{dues.void.reason.required}")
    @Size(max = 500, message = "{dues.note.size}")
    private String reason;

    private Long version;
}
