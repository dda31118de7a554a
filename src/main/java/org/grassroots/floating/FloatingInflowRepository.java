package org.grassroots.floating;

import org.springframework.data.jpa.repository.JpaRepository;

interface FloatingInflowRepository extends JpaRepository<FloatingInflow, Long> {

    boolean existsByMemberIdAndEndedOnIsNull(long memberId);
}
