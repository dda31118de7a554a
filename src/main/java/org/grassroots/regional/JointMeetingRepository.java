package org.grassroots.regional;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JointMeetingRepository extends JpaRepository<JointMeeting, Long> {

    List<JointMeeting> findByRegionIdOrderByHeldOnDescIdDesc(long regionId);
}
