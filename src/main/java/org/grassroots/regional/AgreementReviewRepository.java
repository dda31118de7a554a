package org.grassroots.regional;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementReviewRepository extends JpaRepository<AgreementReview, Long> {

    List<AgreementReview> findByAgreementIdOrderByReviewedOnDescIdDesc(long agreementId);
}
