package org.grassroots.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    List<UnitReport> findByUnitIdOrderByReportedOnDescIdDesc(long unitId);

    boolean existsByUnitIdAndCommunityIdAndEndedOnIsNull(long unitId, long communityId);

    /** The reports with these ids, in one statement of one shape whatever the number of ids. */
    @Query(value = "select * from unit_report where id = any(:ids)", nativeQuery = true)
    List<UnitReport> findByIdAmong(@Param("ids") Long[] ids);

    /** Whether the unit has reported, now or before, to a community whose path starts with the prefix. */
    @Query(value = """
            select exists (select 1 from unit_report r join region c on c.id = r.community_id
                           where r.unit_id = :unitId and c.path like :prefix || '%')""", nativeQuery = true)
    boolean reportedWithin(@Param("unitId") long unitId, @Param("prefix") String prefix);
}
