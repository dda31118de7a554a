package org.grassroots.dues;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DuesPaymentRepository extends JpaRepository<DuesPayment, Long> {

    List<DuesPayment> findByMemberIdOrderByPaidOnDescIdDesc(long memberId);

    @Query("select p from DuesPayment p where p.memberId in ?1 and p.voidedAt is null and p.paidOn >= ?2"
            + " and p.paidOn < ?3")
    List<DuesPayment> findStandingPaidBetween(Collection<Long> memberIds, LocalDate from, LocalDate before);

    boolean existsByReplacesIdAndVoidedAtIsNull(long replacesId);
}
