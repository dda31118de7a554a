package org.grassroots.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries returning members to a user take the scope's prefixes (see MemberSpecs for search). */
interface MemberRepository extends JpaRepository<PartyMember, Long>, JpaSpecificationExecutor<PartyMember> {

    @Query("select m from PartyMember m join fetch m.org o where m.id = :id"
            + " and o.regionPath like concat(:regionPrefix, '%') and o.path like concat(:orgPrefix, '%')")
    Optional<PartyMember> findInScope(@Param("id") long id, @Param("regionPrefix") String regionPrefix,
            @Param("orgPrefix") String orgPrefix);

    @Override
    @EntityGraph(attributePaths = "org")
    Page<PartyMember> findAll(Specification<PartyMember> spec, Pageable pageable);

    @Query("select m from PartyMember m where m.org.id = :orgId and m.status in :statuses order by m.name, m.id")
    List<PartyMember> findByOrgAndStatusIn(@Param("orgId") long orgId,
            @Param("statuses") java.util.Collection<MemberStatus> statuses);

    @Query("select m from PartyMember m where m.org.id = :orgId and m.status = :status order by m.name")
    List<PartyMember> findByOrgAndStatus(@Param("orgId") long orgId, @Param("status") MemberStatus status);

    long countByOrgIdAndStatusIn(long orgId, java.util.Collection<MemberStatus> statuses);

    @Query("select m.name from PartyMember m where m.id = :id")
    Optional<String> findNameById(@Param("id") long id);

    @Query("select m from PartyMember m join fetch m.org where m.idNumberHash = :hash and m.status in :current")
    List<PartyMember> findCurrentByHash(@Param("hash") String hash,
            @Param("current") java.util.Collection<MemberStatus> current);

    @Query("select count(m) > 0 from PartyMember m where m.idNumberHash = :hash and m.status in :current"
            + " and (:exceptId is null or m.id <> :exceptId)")
    boolean existsCurrentWithHash(@Param("hash") String hash, @Param("current") java.util.Collection<MemberStatus> current,
            @Param("exceptId") Long exceptId);
}
