package org.grassroots.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRequirementRepository extends JpaRepository<MeetingRequirement, Long> {

    List<MeetingRequirement> findAllByOrderByEffectiveFromAscIdAsc();
}
