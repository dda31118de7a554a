package org.grassroots.neworg;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewOrgRepository extends JpaRepository<NewOrg, Long> {

    /** Another open registration with the same credit code. */
    @Query("""
            select count(n) > 0 from NewOrg n where n.creditCode = :code and n.closedOn is null
            and n.id <> :exceptId""")
    boolean openCodeTaken(@Param("code") String code, @Param("exceptId") long exceptId);

    /** Open units covered through this joint branch. */
    @Query("""
            select count(n) from NewOrg n where n.partyOrgId = :orgId and n.coverageMode = :mode
            and n.closedOn is null""")
    long countOpenCovered(@Param("orgId") long orgId, @Param("mode") CoverageMode mode);
}
