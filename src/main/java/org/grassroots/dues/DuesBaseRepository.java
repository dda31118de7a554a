package org.grassroots.dues;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuesBaseRepository extends JpaRepository<DuesBase, Long> {

    List<DuesBase> findByMemberIdOrderByEffectiveMonthAscIdAsc(long memberId);

    List<DuesBase> findByMemberIdIn(Collection<Long> memberIds);
}
