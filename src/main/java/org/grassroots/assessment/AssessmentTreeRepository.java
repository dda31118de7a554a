package org.grassroots.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentTreeRepository extends JpaRepository<AssessmentTree, Long> {

    boolean existsByOwnerRegionIdAndYearAndAssessedLevelAndPublishedTrueAndIdNot(Long owner, int year,
            AssessedLevel level, Long id);

    List<AssessmentTree> findByPublishedTrueAndYearAndAssessedLevelAndOwnerRegionIdIn(int year, AssessedLevel level,
            List<Long> owners);
}
