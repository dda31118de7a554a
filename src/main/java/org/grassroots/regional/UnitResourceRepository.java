package org.grassroots.regional;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitResourceRepository extends JpaRepository<UnitResource, Long> {

    List<UnitResource> findByUnitIdOrderByIdDesc(long unitId);
}
