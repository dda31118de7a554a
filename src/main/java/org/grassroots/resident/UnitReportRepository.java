package org.grassroots.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    List<UnitReport> findByUnitIdOrderByReportedOnDescIdDesc(long unitId);

    boolean existsByUnitIdAndCommunityIdAndEndedOnIsNull(long unitId, long communityId);

    /** Whether the unit has reported, now or before, to a community whose path starts with the prefix. */
    @Query(value = """
            select exists (select 1 from unit_report r join region c on c.id = r.community_id
                           where r.unit_id = :unitId and c.path like :prefix || '%')""", nativeQuery = true)
    boolean reportedWithin(@Param("unitId") long unitId, @Param("prefix") String prefix);
}
