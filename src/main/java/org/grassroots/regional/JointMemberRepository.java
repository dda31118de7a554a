package org.grassroots.regional;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointMemberRepository extends JpaRepository<JointMember, Long> {

    @Query("select m from JointMember m where m.regionId = ?1 order by case when m.leftOn is null then 0 else 1 end, m.joinedOn, m.id")
    List<JointMember> findByRegion(long regionId);

    @Query("select count(m) > 0 from JointMember m where m.regionId = ?1 and m.unitId = ?2 and m.leftOn is null and m.id <> ?3")
    boolean openMembershipExists(long regionId, long unitId, long exceptId);

    List<JointMember> findByUnitIdOrderByJoinedOnDesc(long unitId);
}
