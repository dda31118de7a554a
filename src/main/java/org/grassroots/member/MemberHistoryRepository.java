package org.grassroots.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberHistoryRepository extends JpaRepository<MemberHistory, Long> {

    List<MemberHistory> findByMemberIdOrderByRecordedAtDescIdDesc(long memberId);
}
