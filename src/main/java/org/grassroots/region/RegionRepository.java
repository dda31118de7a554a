package org.grassroots.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegionRepository extends JpaRepository<Region, Long> {

    @Query("select r from Region r where r.id = :id and r.path like concat(:prefix, '%')")
    Optional<Region> findInScope(@Param("id") long id, @Param("prefix") String prefix);

    List<Region> findByParentIdOrderByCode(long parentId);

    /** The regions on a path, in one statement of one shape. */
    @Query(value = "select * from region where id = any(" + Region.PATH_IDS_SQL + ")", nativeQuery = true)
    List<Region> findOnPath(@Param("path") String path);

    List<Region> findByLevelAndPathStartingWithOrderByPath(RegionLevel level, String prefix);

    Optional<Region> findFirstByParentIsNull();

    List<Region> findAllByOrderByPath();
}
