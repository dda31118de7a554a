package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Meetings are reached through their organization's scope, like everything else. */
interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m join fetch m.org o where m.id = :id and m.deletedAt is null"
            + " and o.regionPath like concat(:regionPrefix, '%') and o.path like concat(:orgPrefix, '%')")
    Optional<Meeting> findInScope(@Param("id") long id, @Param("regionPrefix") String regionPrefix,
            @Param("orgPrefix") String orgPrefix);

    @Query("select m from Meeting m where m.org.id = :orgId and m.deletedAt is null"
            + " and m.heldOn between :from and :to order by m.heldOn desc, m.id desc")
    List<Meeting> findHeld(@Param("orgId") long orgId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select count(m) > 0 from Meeting m where m.org.id = :orgId and m.type = :type and m.heldOn = :heldOn"
            + " and m.deletedAt is null and (:exceptId is null or m.id <> :exceptId)")
    boolean existsSame(@Param("orgId") long orgId, @Param("type") MeetingType type, @Param("heldOn") LocalDate heldOn,
            @Param("exceptId") Long exceptId);
}
