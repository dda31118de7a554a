package org.grassroots.assessment;

import java.util.List;
import org.grassroots.region.Region;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentTreeRepository extends JpaRepository<AssessmentTree, Long> {

    boolean existsByOwnerRegionIdAndYearAndAssessedLevelAndPublishedTrueAndIdNot(Long owner, int year,
            AssessedLevel level, Long id);

    /** The published trees of the year assessing the level, owned by a region on the path. */
    @Query(value = "select * from assessment_tree where published and year = :year and assessed_level = :level"
            + " and owner_region_id = any(" + Region.PATH_IDS_SQL + ")", nativeQuery = true)
    List<AssessmentTree> findPublishedOnPath(@Param("year") int year, @Param("level") String level,
            @Param("path") String path);
}
