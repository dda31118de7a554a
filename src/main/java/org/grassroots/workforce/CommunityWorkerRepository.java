package org.grassroots.workforce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityWorkerRepository extends JpaRepository<CommunityWorker, Long> {

    List<CommunityWorker> findByCommunityId(long communityId);

    List<CommunityWorker> findByCommunityIdAndRole(long communityId, WorkerRole role);
}
