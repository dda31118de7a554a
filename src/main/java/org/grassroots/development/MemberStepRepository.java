package org.grassroots.development;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberStepRepository extends JpaRepository<MemberStep, Long> {

    List<MemberStep> findByMemberIdOrderByIdAsc(long memberId);
}
