package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.grassroots.shared.BaseEntity;

/** The yearly review of an agreement: the day, the result and a note. */
@Entity
@Table(name = "cobuild_review")
@Getter
public class AgreementReview extends BaseEntity {

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private Long agreementId;

    @Column(nullable = false)
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewResult result;

    private String note;

    protected AgreementReview() {
    }

    static AgreementReview of(long agreementId, LocalDate reviewedOn, ReviewResult result, String note) {
        AgreementReview r = new AgreementReview();
        r.agreementId = agreementId;
        r.reviewedOn = reviewedOn;
        r.result = result;
        r.note = note;
        return r;
    }
}
