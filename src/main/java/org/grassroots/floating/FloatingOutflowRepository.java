package org.grassroots.floating;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FloatingOutflowRepository extends JpaRepository<FloatingOutflow, Long> {

    boolean existsByMember_IdAndReturnedOnIsNull(long memberId);

    Optional<FloatingOutflow> findFirstByMember_IdAndReturnedOnIsNull(long memberId);

    List<FloatingOutflow> findByMember_IdOrderBySinceAscIdAsc(long memberId);
}
