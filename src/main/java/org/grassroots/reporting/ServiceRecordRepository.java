package org.grassroots.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {

    /** The person's hours on the day over all their periods, in any community, leaving one record out. */
    @Query("select coalesce(sum(s.hours), 0) from ServiceRecord s, MemberReport r where r.id = s.reportId"
            + " and s.servedOn = :day and (:exceptId is null or s.id <> :exceptId)"
            + " and ((:memberId is not null and r.memberId = :memberId)"
            + " or (:memberId is null and r.memberId is null and r.personName = :name and r.personPhone = :phone))")
    BigDecimal hoursOfPersonOn(@Param("day") LocalDate day, @Param("memberId") Long memberId,
            @Param("name") String name, @Param("phone") String phone, @Param("exceptId") Long exceptId);

    long countByReportId(long reportId);
}
