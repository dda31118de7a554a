package org.grassroots.grid;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GridCadreRepository extends JpaRepository<GridCadre, Long> {

    List<GridCadre> findByNodeIdOrderByStartOnDescIdDesc(long nodeId);

    @Query("select c from GridCadre c where c.nodeId in (select n.id from GridNode n where n.communityId = ?1)"
            + " order by c.startOn, c.id")
    List<GridCadre> findInCommunity(long communityId);
}
