package org.grassroots.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberReportRepository extends JpaRepository<MemberReport, Long> {

    /** Every period of the person, in any community: the member, or the outsider by name and phone. */
    @Query("select r from MemberReport r where (:memberId is not null and r.memberId = :memberId)"
            + " or (:memberId is null and r.memberId is null and r.personName = :name and r.personPhone = :phone)"
            + " order by r.reportedOn, r.id")
    List<MemberReport> findPeriodsOf(@Param("memberId") Long memberId, @Param("name") String name,
            @Param("phone") String phone);
}
