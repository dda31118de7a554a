package org.grassroots.regional;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    @Query("select count(p) > 0 from Project p where p.needId = ?1 and p.status <> org.grassroots.regional.ProjectStatus.CANCELLED and p.id <> ?2")
    boolean needTaken(long needId, long exceptId);

    List<Project> findByNeedIdOrderByIdDesc(long needId);
}
