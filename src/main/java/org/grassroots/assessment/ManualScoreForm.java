package org.grassroots.assessment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Data;

/** Web input for a manual indicator's score of one region; version null: no score yet. */
@Data
public class ManualScoreForm {

    private Long indicatorId;

    @NotNull(message = "{assessment.score.required}")
    @DecimalMin(value = "0", message = "{assessment.score.negative}")
    @Digits(integer = 3, fraction = 2, message = "{assessment.score.digits}")
    private BigDecimal score;

    @NotBlank(message = "{assessment.evidence.required}")
    @Size(max = 2000, message = "{assessment.evidence.size}")
    private String evidence;

    private Long version;

    static ManualScoreForm of(ManualScore s) {
        ManualScoreForm f = new ManualScoreForm();
        f.indicatorId = s.getIndicatorId();
        f.score = s.getScore();
        f.evidence = s.getEvidence();
        f.version = s.getVersion();
        return f;
    }
}
