package org.grassroots.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManualScoreRepository extends JpaRepository<ManualScore, Long> {

    Optional<ManualScore> findByIndicatorIdAndRegionId(Long indicatorId, Long regionId);

    List<ManualScore> findByIndicatorIdIn(Collection<Long> indicatorIds);

    void deleteByIndicatorId(Long indicatorId);
}
