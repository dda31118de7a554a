package org.grassroots.grid;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GridNodeRepository extends JpaRepository<GridNode, Long> {

    List<GridNode> findByCommunityIdOrderByKindAscNameAscIdAsc(long communityId);

    List<GridNode> findByParentIdOrderByNameAscIdAsc(long parentId);
}
