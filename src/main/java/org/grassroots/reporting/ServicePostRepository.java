package org.grassroots.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePostRepository extends JpaRepository<ServicePost, Long> {

    List<ServicePost> findByCommunityIdOrderByClosedOnDescNameAscIdAsc(long communityId);
}
