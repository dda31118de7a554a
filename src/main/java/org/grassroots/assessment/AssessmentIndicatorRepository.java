package org.grassroots.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentIndicatorRepository extends JpaRepository<AssessmentIndicator, Long> {

    List<AssessmentIndicator> findByTreeIdOrderByPositionAscIdAsc(Long treeId);

    List<AssessmentIndicator> findByParentId(Long parentId);
}
