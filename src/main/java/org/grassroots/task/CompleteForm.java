package org.grassroots.task;

import jakarta.validation.constraints.Size;
import lombok.Data;

/**
 * The completion with its evidence. Only the field of the task's evidence kind counts; the number
 * is text here so that whatever was typed re-displays beside its message.
 */
@Data
public class CompleteForm {

    @Size(max = 2000, message = "{task.evidence.text.size}")
    private String evidenceText;

    @Size(max = 30, message = "{task.evidence.number.size}")
    private String evidenceNumber;

    private Long evidenceMeetingId;

    @Size(max = 1000, message = "{task.note.size}")
    private String note;

    private Long version;
}
