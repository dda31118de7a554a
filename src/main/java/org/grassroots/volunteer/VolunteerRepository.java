package org.grassroots.volunteer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    /** Another current registration of the same member in the community (the unique index uk_volunteer_member);
     * a new registration passes 0 as {@code exceptId}. */
    @Query("select count(v) > 0 from Volunteer v where v.communityId = ?1 and v.memberId = ?2 and v.leftOn is null"
            + " and v.id <> ?3")
    boolean memberAlreadyCurrent(long communityId, long memberId, long exceptId);
}
