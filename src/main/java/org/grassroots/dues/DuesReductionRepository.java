package org.grassroots.dues;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DuesReductionRepository extends JpaRepository<DuesReduction, Long> {

    List<DuesReduction> findByMemberIdOrderByFromMonthDescIdDesc(long memberId);

    List<DuesReduction> findByMemberIdInAndStatus(Collection<Long> memberIds, ReductionStatus status);

    /** Requests for members whose organization lies in the scope, newest first; status null: all. */
    @Query("""
            select r from DuesReduction r where r.memberId in (select m.id from PartyMember m
                where m.org.regionPath like concat(:regionPrefix, '%') and m.org.path like concat(:orgPrefix, '%'))
              and (:status is null or r.status = :status)
            order by case when r.status = org.grassroots.dues.ReductionStatus.PENDING then 0 else 1 end,
                     r.requestedAt desc, r.id desc""")
    Page<DuesReduction> findInScope(String regionPrefix, String orgPrefix, ReductionStatus status, Pageable page);
}
