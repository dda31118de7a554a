package org.grassroots.regional;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitContactRepository extends JpaRepository<UnitContact, Long> {

    List<UnitContact> findByUnitIdOrderByIdAsc(long unitId);
}
